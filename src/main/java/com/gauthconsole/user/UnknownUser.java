package com.gauthconsole.user;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class UnknownUser extends RuntimeException {
    UnknownUser(long id) {
        super("no user with id " + id);
    }
}
