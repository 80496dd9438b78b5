package com.gauthconsole.sim;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.http.MediaType;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applies an armed fault to the call it targets once its credentials passed: waits out its delay, then either lets
 * the call proceed or answers the fault's response in its place.
 */
class FaultInterceptor implements HandlerInterceptor {

    static final String DEFAULT_MESSAGE = "Injected fault";

    private final FaultInjector faults;
    private final JsonMapper jsonMapper;

    FaultInterceptor(FaultInjector faults, JsonMapper jsonMapper) {
        this.faults = faults;
        this.jsonMapper = jsonMapper;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException, InterruptedException {
        if (!(handler instanceof HandlerMethod method) || !method.hasMethodAnnotation(Simulates.class)) {
            return true;
        }
        var fault = faults.take(method.getMethodAnnotation(Simulates.class).value());
        if (fault.isEmpty()) {
            return true;
        }
        sleep(fault.get().delay());
        if (!fault.get().answersInsteadOfProcessing()) {
            return true;
        }
        answer(fault.get(), response);
        return false;
    }

    private static void sleep(Duration delay) throws InterruptedException {
        if (delay != null) {
            Thread.sleep(delay.toMillis());
        }
    }

    private void answer(FaultSpec fault, HttpServletResponse response) throws IOException {
        response.setStatus(fault.httpStatus());
        FaultSpec.Body body = fault.body() == null ? FaultSpec.Body.STATUS : fault.body();
        if (body == FaultSpec.Body.EMPTY) {
            response.setContentLength(0);
            return;
        }
        String status = jsonMapper.writeValueAsString(GauthResponse.failed(
                fault.statusCode() == null ? StatusCode.INTERNAL.code() : fault.statusCode(),
                fault.message() == null ? DEFAULT_MESSAGE : fault.message()));
        // Cut mid-document, as a proxy dropping the connection would, so that no JSON parser accepts it.
        String text = body == FaultSpec.Body.MALFORMED ? status.substring(0, status.length() / 2) : status;
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(text);
    }
}
