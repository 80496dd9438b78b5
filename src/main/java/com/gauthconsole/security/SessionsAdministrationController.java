package com.gauthconsole.security;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Lets an administrator end every session of a person at once by name, also of people who sign in through the
 * company's provider and have no account in the console: removed from a group, they lose the role at their next
 * sign-in, and this makes that now.
 */
@Controller
class SessionsAdministrationController {

    private static final int MAX_NAME_LENGTH = 200;

    private final SignedInSessions sessions;

    SessionsAdministrationController(SignedInSessions sessions) {
        this.sessions = sessions;
    }

    @PostMapping("/admin/sessions/end")
    String endAll(@RequestParam String username, Authentication admin, RedirectAttributes redirect) {
        String name = username.strip();
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            redirect.addFlashAttribute("sessionsProblem", "Enter the user name whose sessions should end.");
            redirect.addFlashAttribute("sessionsUsername", name.length() > MAX_NAME_LENGTH ? "" : name);
        } else {
            sessions.endAllOf(name, admin.getName());
            redirect.addFlashAttribute(
                    "notice", "Every session of " + name + " has ended: their next request goes to the login page.");
        }
        return "redirect:/admin/users";
    }
}
