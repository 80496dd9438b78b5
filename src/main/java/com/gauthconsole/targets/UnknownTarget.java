package com.gauthconsole.targets;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class UnknownTarget extends RuntimeException {

    UnknownTarget(String which) {
        super("There is no GAuth target " + which, null, false, false);
    }
}
