package com.gauthconsole.audit;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class RunNotInHistory extends RuntimeException {

    RunNotInHistory(long runId) {
        super("There is no run " + runId + " in the history");
    }
}
