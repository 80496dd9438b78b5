package com.gauthconsole.user;

import com.gauthconsole.secondfactor.SignInAuthorities;
import com.gauthconsole.security.PasswordChangeGate;
import com.gauthconsole.security.RenewedSignIn;
import com.gauthconsole.security.SignedInSessions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Everybody with an account of the console's own changes its password here, and must before anything else when the
 * password was generated or set by an administrator. People signed in through the company's provider keep their
 * password there.
 */
@Controller
class OwnPasswordController {

    private static final String PAGE = "user/password";

    private final OwnPassword ownPassword;
    private final SignInAuthorities authorities;
    private final SignedInSessions sessions;

    OwnPasswordController(OwnPassword ownPassword, SignInAuthorities authorities, SignedInSessions sessions) {
        this.ownPassword = ownPassword;
        this.authorities = authorities;
        this.sessions = sessions;
    }

    @ModelAttribute("localAccount")
    boolean localAccount(Authentication signedIn) {
        return signedIn instanceof UsernamePasswordAuthenticationToken
                && ownPassword.hasLocalAccount(signedIn.getName());
    }

    @ModelAttribute("required")
    boolean required(Authentication signedIn) {
        return AuthorityUtils.authorityListToSet(signedIn.getAuthorities()).contains(PasswordChangeGate.AUTHORITY);
    }

    @GetMapping(PasswordChangeGate.PAGE)
    String form(Model model) {
        model.addAttribute("passwordChange", PasswordChangeForm.blank());
        return PAGE;
    }

    @PostMapping(PasswordChangeGate.PAGE)
    String change(
            @Valid @ModelAttribute("passwordChange") PasswordChangeForm form,
            BindingResult result,
            Authentication signedIn,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        if (!Boolean.TRUE.equals(model.getAttribute("localAccount"))) {
            return PAGE;
        }
        if (form.repeatedPassword() == null || !form.repeatedPassword().equals(form.newPassword())) {
            result.rejectValue("repeatedPassword", "mismatch", "Type the same new password twice.");
        }
        if (result.hasErrors()) {
            return PAGE;
        }
        try {
            ownPassword.change(signedIn.getName(), form.currentPassword(), form.newPassword(), request.getRemoteAddr());
        } catch (PasswordChangeRefused refused) {
            result.rejectValue(refused.field(), "refused", refused.getMessage());
            return PAGE;
        }
        // Before the session's id changes: the sessions are found by the ids they have in the database.
        sessions.endOthersOf(signedIn.getName(), request.getSession().getId());
        signInAgainWithTheRolesNowHeld(signedIn, request, response);
        redirect.addFlashAttribute(
                "notice", "Your password was changed. Your other sessions, if you had any, have ended.");
        return "redirect:/";
    }

    /** The session's sign-in held no role while the password had to change; from now on it holds what comes next. */
    private void signInAgainWithTheRolesNowHeld(
            Authentication signedIn, HttpServletRequest request, HttpServletResponse response) {
        RenewedSignIn.holding(
                authorities.onceSecondFactorPassed(signedIn.getName()), List.of(), signedIn, request, response);
    }
}
