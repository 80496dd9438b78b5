package com.gauthconsole.sim;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * How many requests each call received, counted on arrival, before faults or credentials are applied. The object
 * counts cannot show a duplicate request, since the simulator refuses duplicates; these counts can.
 */
class ReceivedRequests implements HandlerInterceptor {

    private final Map<SimulatedCall, LongAdder> counts = new ConcurrentHashMap<>();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method && method.hasMethodAnnotation(Simulates.class)) {
            counts.computeIfAbsent(method.getMethodAnnotation(Simulates.class).value(), call -> new LongAdder())
                    .increment();
        }
        return true;
    }

    /** The calls received so far, in the order of {@link SimulatedCall}; a call never received is absent. */
    Map<SimulatedCall, Long> byCall() {
        Map<SimulatedCall, Long> byCall = new EnumMap<>(SimulatedCall.class);
        counts.forEach((call, count) -> byCall.put(call, count.sum()));
        return byCall;
    }

    void clear() {
        counts.clear();
    }
}
