package com.gauthconsole.user;

import com.gauthconsole.secondfactor.SecondFactorStatus;
import com.gauthconsole.secondfactor.SignInAuthorities;
import com.gauthconsole.security.PasswordChangeGate;
import com.gauthconsole.security.Role;
import com.gauthconsole.security.SecondFactorGate;
import com.gauthconsole.security.SignInProperties;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs people in against the users table; a disabled user is refused even with the right password. A sign-in holds
 * no role while something is owed first, each in its turn: a code, for a user with a second factor; their own
 * password, when someone else chose it; an enrolled second factor, for an administrator when the console requires
 * one.
 */
@Service
class ConsoleUserDetailsService implements UserDetailsService, SignInAuthorities {

    private final ConsoleUserRepository users;
    private final SecondFactorStatus secondFactors;
    private final SignInProperties properties;

    ConsoleUserDetailsService(
            ConsoleUserRepository users, SecondFactorStatus secondFactors, SignInProperties properties) {
        this.users = users;
        this.secondFactors = secondFactors;
        this.properties = properties;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        ConsoleUser user =
                users.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException("no such user"));
        Collection<? extends GrantedAuthority> authorities = secondFactors.enrolled(username)
                ? AuthorityUtils.createAuthorityList(SecondFactorGate.AUTHORITY)
                : onceSecondFactorPassed(user);
        return User.withUsername(user.username())
                .password(user.passwordHash())
                .disabled(!user.enabled())
                .authorities(authorities)
                .build();
    }

    @Override
    @Transactional(readOnly = true)
    public Collection<? extends GrantedAuthority> onceSecondFactorPassed(String username) {
        return onceSecondFactorPassed(
                users.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException("no such user")));
    }

    private List<GrantedAuthority> onceSecondFactorPassed(ConsoleUser user) {
        if (user.passwordChangeRequired()) {
            return AuthorityUtils.createAuthorityList(PasswordChangeGate.AUTHORITY);
        }
        if (properties.totp().requiredForAdmin()
                && user.roles().contains(Role.ADMIN)
                && !secondFactors.enrolled(user.username())) {
            return AuthorityUtils.createAuthorityList(SecondFactorGate.ENROLMENT_AUTHORITY);
        }
        return AuthorityUtils.createAuthorityList(
                user.roles().stream().map(Role::authority).toList());
    }
}
