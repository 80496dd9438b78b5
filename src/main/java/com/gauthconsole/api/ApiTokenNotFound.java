package com.gauthconsole.api;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such token, or one the asker may not see. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ApiTokenNotFound extends RuntimeException {

    ApiTokenNotFound() {
        super("There is no such API token", null, false, false);
    }
}
