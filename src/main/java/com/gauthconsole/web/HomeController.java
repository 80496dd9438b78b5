package com.gauthconsole.web;

import com.gauthconsole.run.RunQueries;
import com.gauthconsole.security.Role;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The page after sign-in: who you are, what your roles let you do, and the runs that concern you. */
@Controller
class HomeController {

    private final RoleHierarchy roleHierarchy;
    private final RunQueries runs;

    HomeController(RoleHierarchy roleHierarchy, RunQueries runs) {
        this.roleHierarchy = roleHierarchy;
        this.runs = runs;
    }

    @GetMapping("/")
    String home(Authentication authentication, Model model) {
        Set<String> authorities = roleHierarchy.getReachableGrantedAuthorities(authentication.getAuthorities()).stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        model.addAttribute("username", authentication.getName());
        model.addAttribute(
                "roles",
                Arrays.stream(Role.values())
                        .filter(role -> authorities.contains(role.authority()))
                        .toList());
        if (authorities.contains(Role.OPERATOR.authority())) {
            model.addAttribute("needingAttention", runs.needingAttention());
            model.addAttribute("myRuns", runs.startedBy(authentication.getName()));
            model.addAttribute("recentRuns", runs.recent());
        }
        return "web/home";
    }
}
