package com.gauthconsole.sim;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;

/**
 * A failure the simulator injects into one GAuth call. In JSON (control endpoint) and YAML (configuration, with
 * kebab-case keys such as {@code http-status}) it reads:
 *
 * <pre>{@code
 * {
 *   "call": "ADD_CONTACT_CENTER",    // required, a SimulatedCall
 *   "httpStatus": 500,               // answer with this status instead of processing the call
 *   "statusCode": 7,                 // GAuth status.code in the answer (default: 5, internal error)
 *   "message": "db down",            // status.message in the answer (default: "Injected fault")
 *   "body": "STATUS",                // STATUS (default): the status body; MALFORMED: truncated JSON; EMPTY: no body
 *   "delay": "PT2S",                 // wait this long first, at most 2 minutes (ISO-8601 in JSON, "2s" in YAML)
 *   "times": 1                       // how many calls it hits; absent: every call until cleared
 * }
 * }</pre>
 *
 * A fault with an {@code httpStatus} answers that and changes nothing. A fault with only a {@code delay} waits and
 * then processes the call normally, which is what a client sees when its request timed out after GAuth received it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FaultSpec(
        @NotNull SimulatedCall call,
        @Min(100) @Max(599) Integer httpStatus,
        Integer statusCode,
        String message,
        Body body,
        Duration delay,
        @Positive Integer times) {

    public enum Body {
        STATUS,
        MALFORMED,
        EMPTY
    }

    public boolean answersInsteadOfProcessing() {
        return httpStatus != null;
    }

    @AssertTrue(message = "a fault needs an httpStatus, a delay or both")
    boolean isEffective() {
        return httpStatus != null || (delay != null && !delay.isNegative() && !delay.isZero());
    }

    @AssertTrue(message = "statusCode, message and body only apply with an httpStatus")
    boolean isAnswerComplete() {
        return httpStatus != null || (statusCode == null && message == null && body == null);
    }

    /** Each delayed call holds a request thread of the simulator for its delay. */
    public static final Duration MAX_DELAY = Duration.ofMinutes(2);

    @AssertTrue(message = "delay must not be negative nor longer than 2 minutes")
    boolean isDelayValid() {
        return delay == null || (!delay.isNegative() && delay.compareTo(MAX_DELAY) <= 0);
    }
}
