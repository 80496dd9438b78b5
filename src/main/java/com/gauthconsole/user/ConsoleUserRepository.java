package com.gauthconsole.user;

import com.gauthconsole.security.Role;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ConsoleUserRepository extends JpaRepository<ConsoleUser, Long> {

    Optional<ConsoleUser> findByUsername(String username);

    boolean existsByUsername(String username);

    List<ConsoleUser> findAllByOrderByUsernameAsc();

    @Query("select count(u) > 0 from ConsoleUser u join u.roles r where r = :role")
    boolean existsWithRole(Role role);
}
