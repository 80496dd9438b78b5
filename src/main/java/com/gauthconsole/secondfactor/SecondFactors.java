package com.gauthconsole.secondfactor;

import com.gauthconsole.secret.Secret;
import com.gauthconsole.secret.SecretBox;
import com.gauthconsole.security.SecondFactorAttempts;
import com.gauthconsole.security.SignInProperties;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A local account's second factor: enrolling it (a new secret, confirmed by a first code), giving a code or a
 * recovery code at sign-in, replacing the recovery codes, turning it off, and an administrator's reset. The secret is
 * kept sealed under the server's encryption key and bound to its user; every code given is counted with the sign-in's
 * failures, and a code once used is refused from then on.
 */
@Service
public class SecondFactors {

    /** What a code given at sign-in led to. */
    enum Check {
        PASSED,
        WRONG,
        /** Wrong too often for the name or the address: the sign-in is over until the window ends. */
        LOCKED
    }

    private static final Logger log = LoggerFactory.getLogger(SecondFactors.class);

    private final SecondFactorStore store;
    private final SecretBox box;
    private final SecondFactorAttempts attempts;
    private final SignInProperties properties;
    private final UserDetailsService users;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TotpCodes codes = new TotpCodes();

    SecondFactors(
            SecondFactorStore store,
            SecretBox box,
            SecondFactorAttempts attempts,
            SignInProperties properties,
            UserDetailsService users,
            PasswordEncoder passwordEncoder,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.box = box;
        this.attempts = attempts;
        this.properties = properties;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The secret waiting for its first code, made now if none waits; empty when one is enrolled already. Two first
     * visits at once (two tabs, two instances) both show the secret the first of them stored.
     */
    Optional<PendingEnrolment> pending(String username) {
        Optional<SecondFactorStore.StoredFactor> stored = store.find(username);
        if (stored.isEmpty()) {
            Secret made = codes.newSecret();
            if (store.savePendingIfNone(username, box.seal(made, context(username)), clock.instant())) {
                return Optional.of(enrolment(username, made));
            }
            stored = store.find(username);
        }
        return stored.filter(factor -> !factor.confirmed()).map(factor -> enrolment(username, open(username, factor)));
    }

    private PendingEnrolment enrolment(String username, Secret secret) {
        Secret uri = codes.otpauthUri(secret, properties.totp().issuer(), username);
        return new PendingEnrolment(secret, uri, QrCode.svgDataUri(uri.reveal()));
    }

    /**
     * Enrols the waiting secret with its first code, and answers the new recovery codes, to be shown once. A wrong
     * code here is not counted: the secret is the person's own, just made, and nothing is open to a guess yet.
     */
    @Transactional
    List<String> confirm(String username, String code, String address) {
        var stored = store.find(username).filter(factor -> !factor.confirmed());
        if (stored.isEmpty()) {
            throw new IllegalStateException("No second factor is waiting for its first code");
        }
        OptionalLong step = codes.stepOf(open(username, stored.get()), code.strip(), clock.instant(), 0);
        if (step.isEmpty() || !store.confirm(username, step.getAsLong())) {
            throw SecondFactorRefused.wrongCode();
        }
        log.info("{} enrolled a second factor", username);
        events.publishEvent(new SecondFactorChanged(username, SecondFactorChanged.Change.ENROLLED, address));
        return newRecoveryCodes(username);
    }

    /** A code or a recovery code given at sign-in, after the right password. */
    @Transactional
    Check signIn(String username, String typed, String address) {
        if (!attempts.tryCount(username, address)) {
            return Check.LOCKED;
        }
        var method = passes(username, typed.strip());
        if (method != null) {
            attempts.passed(username, address);
            events.publishEvent(
                    new SecondFactorAttempted(SecondFactorAttempted.Outcome.SUCCEEDED, username, address, method, 0));
            return Check.PASSED;
        }
        return failed(username, address) ? Check.LOCKED : Check.WRONG;
    }

    /** New recovery codes, to be shown once, for a current code of the app; the old ones stop working. */
    @Transactional(noRollbackFor = SecondFactorRefused.class)
    List<String> replaceRecoveryCodes(String username, String code, String address) {
        if (!attempts.tryCount(username, address)) {
            throw SecondFactorRefused.tooManyTries();
        }
        if (!passesCode(username, code.strip())) {
            failed(username, address);
            throw SecondFactorRefused.wrongCode();
        }
        attempts.passed(username, address);
        events.publishEvent(
                new SecondFactorChanged(username, SecondFactorChanged.Change.RECOVERY_CODES_REPLACED, address));
        return newRecoveryCodes(username);
    }

    /** Turns the second factor off, for the account's password or a current code of the app. */
    @Transactional(noRollbackFor = SecondFactorRefused.class)
    void disable(String username, Secret proof, String address) {
        if (!attempts.tryCount(username, address)) {
            throw SecondFactorRefused.tooManyTries();
        }
        String typed = proof.reveal();
        // BCrypt reads at most 72 bytes and no code is longer than a recovery code: longer proof is wrong at once.
        boolean proved = typed.getBytes(StandardCharsets.UTF_8).length <= 72
                && (passwordEncoder.matches(
                                typed, users.loadUserByUsername(username).getPassword())
                        || passesCode(username, typed.strip()));
        if (!proved) {
            failed(username, address);
            throw SecondFactorRefused.wrongProof();
        }
        attempts.passed(username, address);
        store.delete(username);
        log.info("{} turned their second factor off", username);
        events.publishEvent(new SecondFactorChanged(username, SecondFactorChanged.Change.DISABLED, address));
    }

    /** An administrator's reset: the user signs in with their password alone until they enrol again. */
    @Transactional
    public void reset(String username) {
        store.delete(username);
    }

    @Transactional(readOnly = true)
    int recoveryCodesLeft(String username) {
        return store.recoveryCodesLeft(username);
    }

    /** How the typed value passed, or null when it did not: a current code not used before, or a recovery code. */
    private SecondFactorAttempted.Method passes(String username, String typed) {
        if (RecoveryCodes.looksLikeOne(typed)) {
            return passesRecoveryCode(username, typed) ? SecondFactorAttempted.Method.RECOVERY_CODE : null;
        }
        return passesCode(username, typed) ? SecondFactorAttempted.Method.CODE : null;
    }

    /** Whether it is a current code of the enrolled secret, used by nobody before; it is used up by this. */
    private boolean passesCode(String username, String typed) {
        var stored = store.find(username).filter(SecondFactorStore.StoredFactor::confirmed);
        if (stored.isEmpty()) {
            return false;
        }
        OptionalLong step = codes.stepOf(
                open(username, stored.get()),
                typed,
                clock.instant(),
                stored.get().lastUsedStep());
        return step.isPresent() && store.useStep(username, step.getAsLong());
    }

    /** Whether it is one of the user's recovery codes, which it uses up. */
    private boolean passesRecoveryCode(String username, String typed) {
        return store.recoveryCodes(username).stream()
                .filter(code -> RecoveryCodes.matches(typed, code.hash()))
                .anyMatch(code -> store.useRecoveryCode(code.id()));
    }

    /** Records a wrong code as the sign-in records a wrong password, and says whether it locks the name. */
    private boolean failed(String username, String address) {
        int failures = attempts.failures(username);
        boolean locks = attempts.locks(failures);
        if (failures == 1 || locks) {
            events.publishEvent(new SecondFactorAttempted(
                    locks ? SecondFactorAttempted.Outcome.LOCKED : SecondFactorAttempted.Outcome.FAILED,
                    username,
                    address,
                    null,
                    failures));
        }
        return locks;
    }

    private List<String> newRecoveryCodes(String username) {
        List<String> recoveryCodes = RecoveryCodes.generate();
        store.replaceRecoveryCodes(
                username, recoveryCodes.stream().map(RecoveryCodes::hash).toList());
        return recoveryCodes;
    }

    private Secret open(String username, SecondFactorStore.StoredFactor stored) {
        return box.open(stored.sealedSecret(), context(username));
    }

    /** Binds a sealed secret to its user: copied onto another user's row, it does not open. */
    private static String context(String username) {
        return "second factor of " + username;
    }
}
