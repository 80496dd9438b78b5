package com.gauthconsole.run.engine;

import com.gauthconsole.run.AttemptKind;
import com.gauthconsole.run.AttemptStatus;
import com.gauthconsole.run.RunStatus;
import com.gauthconsole.run.Step;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where a run stands, worked out from its attempts: which steps are done, which may run next, the run's status. */
public final class RunProgress {

    private final Map<Step, StepAttempt> latest = new EnumMap<>(Step.class);
    private final Map<Step, Integer> counts = new EnumMap<>(Step.class);

    public RunProgress(List<StepAttempt> attemptsInOrder) {
        for (StepAttempt attempt : attemptsInOrder) {
            counts.merge(attempt.step(), 1, Integer::sum);
            if (!answersAReplacedAttempt(attempt)) {
                latest.put(attempt.step(), attempt);
            }
        }
    }

    /** A late answer decides its step only while the interrupted attempt it answers is still the step's latest. */
    private boolean answersAReplacedAttempt(StepAttempt attempt) {
        StepAttempt before = latest.get(attempt.step());
        return attempt.kind() == AttemptKind.LATE_ANSWER
                && (before == null || !before.id().equals(attempt.reRunOf()));
    }

    public Optional<StepAttempt> latest(Step step) {
        return Optional.ofNullable(latest.get(step));
    }

    boolean isDone(Step step) {
        return latest(step).map(attempt -> attempt.status().completesStep()).orElse(false);
    }

    public boolean isRunning(Step step) {
        return latest(step)
                .map(attempt -> attempt.status() == AttemptStatus.RUNNING)
                .orElse(false);
    }

    /** The first step not yet done, or empty when the run is complete. */
    public Optional<Step> current() {
        return Arrays.stream(Step.values()).filter(step -> !isDone(step)).findFirst();
    }

    /** Why the actor may not make this kind of attempt at the step now, or empty when they may. */
    public Optional<String> whyNot(Step step, Actor actor, AttemptKind kind) {
        boolean failedBefore =
                latest(step).map(attempt -> attempt.status().needsAttention()).orElse(false);
        if (kind == AttemptKind.TOKEN_RENEWAL) {
            if (isRunning(step)) {
                return Optional.of("A new access token is being created right now.");
            }
            // A token made after step 2 failed completes step 2: that is a re-run, whichever step asked for it. A
            // renewal that follows a failed renewal is its fallback (password after refresh grant), not a re-run.
            boolean reRun = failedBefore
                    && latest(step)
                            .map(attempt -> attempt.kind() != AttemptKind.TOKEN_RENEWAL)
                            .orElse(false);
            return reRun && !actor.lead() ? Optional.of(leadNeeded(step)) : Optional.empty();
        }
        Optional<String> order = whyNot(step);
        if (order.isPresent()) {
            return order;
        }
        if (failedBefore && !actor.lead()) {
            return Optional.of(leadNeeded(step));
        }
        if (kind == AttemptKind.ADOPTION && !failedBefore) {
            return Optional.of("Only a failed or interrupted step can adopt an existing object.");
        }
        return Optional.empty();
    }

    private static String leadNeeded(Step step) {
        return "Step " + step.number() + " failed: a team lead must re-run it. Share this page's address with a lead.";
    }

    /** Why the step may not run now whoever asks, or empty when it may. */
    private Optional<String> whyNot(Step step) {
        if (isDone(step)) {
            return Optional.of("Step " + step.number() + " is already complete; completed steps are not run again.");
        }
        if (isRunning(step)) {
            return Optional.of("Step " + step.number() + " is already running.");
        }
        return Arrays.stream(Step.values())
                .filter(earlier -> earlier.ordinal() < step.ordinal() && !isDone(earlier))
                .findFirst()
                .map(earlier -> latest(earlier)
                                .map(attempt -> attempt.status().needsAttention())
                                .orElse(false)
                        ? "Step " + earlier.number() + " failed: a team lead must re-run it before step "
                                + step.number() + " can run."
                        : "Finish step " + earlier.number() + " (" + earlier.title() + ") first.");
    }

    int nextAttemptNumber(Step step) {
        return counts.getOrDefault(step, 0) + 1;
    }

    public RunStatus status() {
        if (latest.values().stream().anyMatch(attempt -> attempt.status().needsAttention())) {
            return RunStatus.FAILED;
        }
        return current().isEmpty() ? RunStatus.SUCCEEDED : RunStatus.IN_PROGRESS;
    }
}
