package com.gauthconsole.run.engine;

import com.gauthconsole.run.RunStatus;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RunRepository extends JpaRepository<ProvisioningRun, Long> {

    List<ProvisioningRun> findByStartedByOrderByUpdatedAtDesc(String startedBy, Pageable page);

    List<ProvisioningRun> findAllByOrderByUpdatedAtDesc(Pageable page);

    List<ProvisioningRun> findByStatusOrderByUpdatedAtDesc(RunStatus status, Pageable page);
}
