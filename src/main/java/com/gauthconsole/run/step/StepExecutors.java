package com.gauthconsole.run.step;

import com.gauthconsole.run.Step;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Finds the executor of a step; every step has exactly one. */
@Component
public class StepExecutors {

    private final Map<Step, StepExecutor<?>> byStep = new EnumMap<>(Step.class);

    StepExecutors(List<StepExecutor<?>> executors) {
        executors.forEach(executor -> byStep.put(executor.step(), executor));
        for (Step step : Step.values()) {
            if (!byStep.containsKey(step)) {
                throw new IllegalStateException("No executor for step " + step);
            }
        }
    }

    @SuppressWarnings("unchecked")
    public <F extends StepForm> StepExecutor<F> of(Step step, Class<F> formType) {
        StepExecutor<?> executor = byStep.get(step);
        if (!executor.formType().equals(formType)) {
            throw new IllegalArgumentException(
                    "Step " + step + " takes a " + executor.formType().getSimpleName());
        }
        return (StepExecutor<F>) executor;
    }

    public StepExecutor<?> of(Step step) {
        return byStep.get(step);
    }
}
