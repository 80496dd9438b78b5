package com.gauthconsole.run;

import java.time.Duration;

/** The redacted answer of an attempt as stored; status and body are null when no answer arrived. */
public record RecordedResponse(Integer status, String headers, String body, Duration duration) {}
