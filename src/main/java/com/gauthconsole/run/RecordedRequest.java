package com.gauthconsole.run;

/** The redacted request of an attempt as stored: headers as a JSON object of lists. */
record RecordedRequest(String method, String url, String headers, String body) {}
