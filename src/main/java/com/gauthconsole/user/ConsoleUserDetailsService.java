package com.gauthconsole.user;

import com.gauthconsole.security.PasswordChangeGate;
import com.gauthconsole.security.Role;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs people in against the users table; a disabled user is refused even with the right password, and one who must
 * change their password first gets no role until they have.
 */
@Service
class ConsoleUserDetailsService implements UserDetailsService {

    private final ConsoleUserRepository users;

    ConsoleUserDetailsService(ConsoleUserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        ConsoleUser user =
                users.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException("no such user"));
        // Until they chose their own password, a user holds no role: only the page to change it opens.
        String[] authorities = user.passwordChangeRequired()
                ? new String[] {PasswordChangeGate.AUTHORITY}
                : user.roles().stream().map(Role::authority).toArray(String[]::new);
        return User.withUsername(user.username())
                .password(user.passwordHash())
                .disabled(!user.enabled())
                .authorities(authorities)
                .build();
    }
}
