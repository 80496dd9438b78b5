package com.gauthconsole.run.wizard;

import com.gauthconsole.run.engine.Actor;
import com.gauthconsole.security.Role;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.stereotype.Component;

/** Turns the signed-in user into the wizard's {@link Actor}, with the role hierarchy applied. */
@Component
public class Actors {

    private final RoleHierarchy roleHierarchy;

    Actors(RoleHierarchy roleHierarchy) {
        this.roleHierarchy = roleHierarchy;
    }

    public Actor of(Authentication user) {
        boolean lead = AuthorityUtils.authorityListToSet(
                        roleHierarchy.getReachableGrantedAuthorities(user.getAuthorities()))
                .contains(Role.LEAD.authority());
        return new Actor(user.getName(), lead);
    }
}
