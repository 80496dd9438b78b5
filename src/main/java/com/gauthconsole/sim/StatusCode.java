package com.gauthconsole.sim;

import org.springframework.http.HttpStatus;

/**
 * The non-zero {@code status.code} values the simulator's environment and ops APIs answer with, each tied to one HTTP
 * status. GAuth does not publish its codes; this small fixed set lets tests and the console tell the kinds apart:
 *
 * <table>
 *   <tr><th>code</th><th>HTTP</th><th>meaning</th></tr>
 *   <tr><td>0</td><td>200</td><td>success (not an error, so not listed below)</td></tr>
 *   <tr><td>1</td><td>400</td><td>invalid request: malformed JSON, a missing or ill-typed field, an unknown reference</td></tr>
 *   <tr><td>2</td><td>401</td><td>unauthorized: wrong ops credentials, or a missing, unknown or expired token</td></tr>
 *   <tr><td>3</td><td>404</td><td>not found: the object named in the path does not exist</td></tr>
 *   <tr><td>4</td><td>409</td><td>already exists: a client, environment or contact center with that id, or a data
 *   center for that location (inferred: the procedure does not say what adding a location twice answers)</td></tr>
 *   <tr><td>5</td><td>500</td><td>internal error (also the default code of an injected fault)</td></tr>
 * </table>
 */
enum StatusCode {
    INVALID_REQUEST(1, HttpStatus.BAD_REQUEST),
    UNAUTHORIZED(2, HttpStatus.UNAUTHORIZED),
    NOT_FOUND(3, HttpStatus.NOT_FOUND),
    ALREADY_EXISTS(4, HttpStatus.CONFLICT),
    INTERNAL(5, HttpStatus.INTERNAL_SERVER_ERROR);

    static final int SUCCESS = 0;

    private final int code;
    private final HttpStatus httpStatus;

    StatusCode(int code, HttpStatus httpStatus) {
        this.code = code;
        this.httpStatus = httpStatus;
    }

    int code() {
        return code;
    }

    HttpStatus httpStatus() {
        return httpStatus;
    }
}
