package com.gauthconsole.run.engine;

import com.gauthconsole.run.AttemptStatus;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface StepAttemptRepository extends JpaRepository<StepAttempt, Long> {

    List<StepAttempt> findByRunIdOrderByIdAsc(Long runId);

    List<StepAttempt> findByStatusAndStartedAtBefore(AttemptStatus status, Instant before);

    List<StepAttempt> findByStatusAndDeadlineAtBefore(AttemptStatus status, Instant now);

    @Query("select distinct a.runId from StepAttempt a where a.status = :status and a.runId in :runIds")
    Set<Long> findRunIdsByStatus(AttemptStatus status, Collection<Long> runIds);
}
