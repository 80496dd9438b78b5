package com.gauthconsole.run;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface StepAttemptRepository extends JpaRepository<StepAttempt, Long> {

    List<StepAttempt> findByRunIdOrderByIdAsc(Long runId);

    List<StepAttempt> findByStatusAndStartedAtBefore(AttemptStatus status, Instant before);

    List<StepAttempt> findByStatusAndDeadlineAtBefore(AttemptStatus status, Instant now);
}
