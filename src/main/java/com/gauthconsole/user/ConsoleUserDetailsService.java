package com.gauthconsole.user;

import com.gauthconsole.security.Role;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Signs people in against the users table; a disabled user is refused even with the right password. */
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
        return User.withUsername(user.username())
                .password(user.passwordHash())
                .disabled(!user.enabled())
                .authorities(user.roles().stream().map(Role::authority).toArray(String[]::new))
                .build();
    }
}
