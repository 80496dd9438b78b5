package com.gauthconsole.targets;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ManagedTargetRepository extends JpaRepository<ManagedTarget, Long> {

    List<ManagedTarget> findAllByOrderByNameAsc();

    Optional<ManagedTarget> findByName(String name);

    boolean existsByName(String name);
}
