package com.gauthconsole.run;

/** The redacted request of an attempt as stored: headers as a JSON object of lists. */
public record RecordedRequest(String method, String url, String headers, String body) {

    /** For an attempt that made no HTTP call (adopting a data center, which GAuth cannot look up). */
    public static final RecordedRequest NONE = new RecordedRequest(null, null, null, null);
}
