package com.gauthconsole.secondfactor;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Who has a second factor enrolled (confirmed with a first code); one still waiting for it does not count. */
@Component
public class SecondFactorStatus {

    private final SecondFactorStore store;

    SecondFactorStatus(SecondFactorStore store) {
        this.store = store;
    }

    @Transactional(readOnly = true)
    public boolean enrolled(String username) {
        return store.find(username)
                .map(SecondFactorStore.StoredFactor::confirmed)
                .orElse(false);
    }

    @Transactional(readOnly = true)
    public Set<String> enrolledUsernames() {
        return store.confirmedUsernames();
    }
}
