package com.gauthconsole.security;

import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Everybody's own sessions: where and since when they are signed in, and a button to end any of them. */
@Controller
@RequestMapping("/account/sessions")
class YourSessionsController {

    private final SignedInSessions sessions;

    YourSessionsController(SignedInSessions sessions) {
        this.sessions = sessions;
    }

    @GetMapping
    String list(Authentication signedIn, HttpSession session, Model model) {
        model.addAttribute("sessions", sessions.of(signedIn.getName(), session.getId()));
        return "security/sessions";
    }

    @PostMapping("/{handle}/end")
    String end(@PathVariable String handle, Authentication signedIn, RedirectAttributes redirect) {
        boolean ended = sessions.endOwn(signedIn.getName(), handle);
        redirect.addFlashAttribute(
                ended ? "notice" : "problem",
                ended
                        ? "The session was ended: whoever used it must sign in again."
                        : "That session had ended already.");
        return "redirect:/account/sessions";
    }
}
