package com.gauthconsole.api;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    Optional<ApiToken> findByLookupId(String lookupId);

    List<ApiToken> findByUsernameOrderByCreatedAtDesc(String username);

    List<ApiToken> findAllByOrderByCreatedAtDesc();
}
