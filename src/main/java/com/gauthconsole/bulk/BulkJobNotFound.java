package com.gauthconsole.bulk;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No bulk job has this number. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class BulkJobNotFound extends RuntimeException {

    BulkJobNotFound(long jobId) {
        super("There is no bulk job " + jobId, null, false, false);
    }
}
