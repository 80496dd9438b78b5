package com.gauthconsole.user;

import com.gauthconsole.secondfactor.SecondFactorStatus;
import com.gauthconsole.secondfactor.SecondFactors;
import com.gauthconsole.secret.Secret;
import com.gauthconsole.security.Role;
import com.gauthconsole.security.SignedInSessions;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an administrator may do to users. {@code actor} is the signed-in administrator: they may not lock
 * themselves out, so at least one enabled administrator always remains. Disabling a user, resetting their password
 * or changing their roles ends the user's open sessions; an administrator changing their own keeps theirs. A password
 * an administrator sets for someone else must be changed by its user at their next sign-in.
 */
@Service
@Transactional
class UserAdministration {

    private static final Logger log = LoggerFactory.getLogger(UserAdministration.class);

    private final ConsoleUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final SignedInSessions sessions;
    private final ApplicationEventPublisher events;
    private final SecondFactorStatus secondFactorStatus;
    private final SecondFactors secondFactors;

    UserAdministration(
            ConsoleUserRepository users,
            PasswordEncoder passwordEncoder,
            SignedInSessions sessions,
            ApplicationEventPublisher events,
            SecondFactorStatus secondFactorStatus,
            SecondFactors secondFactors) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.sessions = sessions;
        this.events = events;
        this.secondFactorStatus = secondFactorStatus;
        this.secondFactors = secondFactors;
    }

    @Transactional(readOnly = true)
    List<UserView> list() {
        Set<String> withSecondFactor = secondFactorStatus.enrolledUsernames();
        return users.findAllByOrderByUsernameAsc().stream()
                .map(user -> UserView.of(user, withSecondFactor.contains(user.username())))
                .toList();
    }

    @Transactional(readOnly = true)
    UserView find(long id) {
        ConsoleUser user = load(id);
        return UserView.of(user, secondFactorStatus.enrolled(user.username()));
    }

    UserView create(String username, Secret password, Set<Role> roles, String actor) {
        if (users.existsByUsername(username)) {
            throw new UserChangeRefused.UsernameTaken(username);
        }
        ConsoleUser user;
        try {
            ConsoleUser created = new ConsoleUser(username, "", roles);
            created.setPasswordToChange(passwordEncoder.encode(password.reveal()));
            user = users.saveAndFlush(created);
        } catch (DataIntegrityViolationException createdMeanwhile) {
            throw new UserChangeRefused.UsernameTaken(username);
        }
        log.info("{} created user {} with roles {}", actor, username, roles);
        publish(actor, user, UserAccountChanged.Change.CREATED);
        return UserView.of(user, false);
    }

    void disable(long id, String actor) {
        ConsoleUser user = load(id);
        if (user.username().equals(actor)) {
            throw new UserChangeRefused.OwnAccessProtected("disable your own account");
        }
        user.disable();
        sessions.endAllOf(user.username(), actor);
        log.info("{} disabled user {}", actor, user.username());
        publish(actor, user, UserAccountChanged.Change.DISABLED);
    }

    void enable(long id, String actor) {
        ConsoleUser user = load(id);
        user.enable();
        log.info("{} enabled user {}", actor, user.username());
        publish(actor, user, UserAccountChanged.Change.ENABLED);
    }

    void resetPassword(long id, Secret password, String actor) {
        ConsoleUser user = load(id);
        if (user.username().equals(actor)) {
            user.setOwnPassword(passwordEncoder.encode(password.reveal()));
        } else {
            user.setPasswordToChange(passwordEncoder.encode(password.reveal()));
            sessions.endAllOf(user.username(), actor);
        }
        log.info("{} reset the password of user {}", actor, user.username());
        publish(actor, user, UserAccountChanged.Change.PASSWORD_RESET);
    }

    /**
     * For a user who lost their authenticator and their recovery codes: they sign in with their password alone
     * until they enrol again (at once, for an administrator the console requires one of). Their sessions end.
     */
    void resetSecondFactor(long id, String actor) {
        ConsoleUser user = load(id);
        if (user.username().equals(actor)) {
            // Turning one's own factor off needs its proof, the password or a code, on /account/second-factor.
            throw new UserChangeRefused.OwnAccessProtected("reset your own second factor here");
        }
        secondFactors.reset(user.username());
        sessions.endAllOf(user.username(), actor);
        log.info("{} reset the second factor of user {}", actor, user.username());
        publish(actor, user, UserAccountChanged.Change.SECOND_FACTOR_RESET);
    }

    void assignRoles(long id, Set<Role> roles, String actor) {
        ConsoleUser user = load(id);
        if (user.username().equals(actor) && !roles.contains(Role.ADMIN)) {
            throw new UserChangeRefused.OwnAccessProtected("remove your own ADMIN role");
        }
        user.assignRoles(roles);
        if (!user.username().equals(actor)) {
            sessions.endAllOf(user.username(), actor);
        }
        log.info("{} gave user {} the roles {}", actor, user.username(), roles);
        publish(actor, user, UserAccountChanged.Change.ROLES_CHANGED);
    }

    private void publish(String actor, ConsoleUser user, UserAccountChanged.Change change) {
        events.publishEvent(
                new UserAccountChanged(actor, user.username(), change, new TreeSet<>(user.roles()).toString()));
    }

    private ConsoleUser load(long id) {
        return users.findById(id).orElseThrow(() -> new UnknownUser(id));
    }
}
