package com.gauthconsole.secondfactor;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;

/** What a local account holds once its second factor is passed or enrolled; the accounts' owner knows. */
public interface SignInAuthorities {

    Collection<? extends GrantedAuthority> onceSecondFactorPassed(String username);
}
