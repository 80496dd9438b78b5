package com.gauthconsole.user;

import com.gauthconsole.limit.RateLimiter;
import com.gauthconsole.secret.Secret;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user changing their own password: the current one proves it is them (a session left open is not enough), and the
 * new one follows the password policy. Wrong current passwords are counted like failed sign-ins, so an open session
 * is no way to guess its user's password freely.
 */
@Service
class OwnPassword {

    static final String WRONG_CURRENT = "password-change-wrong-current";
    static final int MAX_WRONG_CURRENT = 5;
    static final Duration WRONG_CURRENT_WINDOW = Duration.ofMinutes(15);

    private static final Logger log = LoggerFactory.getLogger(OwnPassword.class);

    private final ConsoleUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final RateLimiter limiter;
    private final ApplicationEventPublisher events;

    OwnPassword(
            ConsoleUserRepository users,
            PasswordEncoder passwordEncoder,
            RateLimiter limiter,
            ApplicationEventPublisher events) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.limiter = limiter;
        this.events = events;
    }

    /** Whether the user has a password of the console's own, which people signed in through the company lack. */
    @Transactional(readOnly = true)
    boolean hasLocalAccount(String username) {
        return users.existsByUsername(username);
    }

    @Transactional(noRollbackFor = PasswordChangeRefused.class)
    void change(String username, Secret current, Secret chosen, String address) {
        ConsoleUser user = users.findByUsername(username).orElseThrow(PasswordChangeRefused::wrongCurrentPassword);
        if (limiter.isExhausted(WRONG_CURRENT, username, MAX_WRONG_CURRENT)) {
            throw PasswordChangeRefused.tooManyTries();
        }
        if (!passwordEncoder.matches(current.reveal(), user.passwordHash())) {
            limiter.tryAcquire(WRONG_CURRENT, username, MAX_WRONG_CURRENT, WRONG_CURRENT_WINDOW);
            throw PasswordChangeRefused.wrongCurrentPassword();
        }
        if (chosen.equals(current)) {
            throw PasswordChangeRefused.sameAsCurrent();
        }
        boolean required = user.passwordChangeRequired();
        user.setOwnPassword(passwordEncoder.encode(chosen.reveal()));
        limiter.reset(WRONG_CURRENT, username);
        log.info("{} changed their password", username);
        events.publishEvent(new PasswordChanged(username, required, address));
    }
}
