package com.gauthconsole.run.engine;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
public class RunNotFound extends RuntimeException {

    public RunNotFound(long runId) {
        super("There is no run " + runId, null, false, false);
    }
}
