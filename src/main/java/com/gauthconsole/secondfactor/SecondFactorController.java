package com.gauthconsole.secondfactor;

import com.gauthconsole.security.RenewedSignIn;
import com.gauthconsole.security.Role;
import com.gauthconsole.security.SecondFactorGate;
import com.gauthconsole.security.SignInProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A local account's own second factor: enrol it (scan or type the secret, confirm with a first code), get new
 * recovery codes, turn it off. Recovery codes are shown in the answer to the request that made them and nowhere
 * else: not kept in the session, not in a redirect.
 */
@Controller
@RequestMapping(SecondFactorGate.ENROLMENT_PAGE)
class SecondFactorController {

    private static final String PAGE = "secondfactor/account";
    private static final String RECOVERY_CODES = "secondfactor/recovery-codes";

    private final SecondFactors secondFactors;
    private final SecondFactorStatus status;
    private final SignInAuthorities authorities;
    private final SignInProperties properties;

    SecondFactorController(
            SecondFactors secondFactors,
            SecondFactorStatus status,
            SignInAuthorities authorities,
            SignInProperties properties) {
        this.secondFactors = secondFactors;
        this.status = status;
        this.authorities = authorities;
        this.properties = properties;
    }

    /** People signed in through the company's provider have their second factor there. */
    @ModelAttribute("localAccount")
    boolean localAccount(Authentication signedIn) {
        return signedIn instanceof UsernamePasswordAuthenticationToken;
    }

    @ModelAttribute("required")
    boolean required(Authentication signedIn) {
        return holds(signedIn, SecondFactorGate.ENROLMENT_AUTHORITY);
    }

    @GetMapping
    String page(Authentication signedIn, Model model) {
        return page(signedIn, model, CodeForm.blank(), CodeForm.blank(), DisableForm.blank());
    }

    @PostMapping("/confirm")
    String confirm(
            @ModelAttribute("confirmation") CodeForm form,
            BindingResult result,
            Authentication signedIn,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (!localAccount(signedIn) || status.enrolled(signedIn.getName())) {
            return "redirect:" + SecondFactorGate.ENROLMENT_PAGE;
        }
        List<String> recoveryCodes;
        try {
            recoveryCodes = secondFactors.confirm(signedIn.getName(), form.typed(), request.getRemoteAddr());
        } catch (SecondFactorRefused refused) {
            result.rejectValue("code", "refused", refused.getMessage());
            return page(signedIn, model, form, CodeForm.blank(), DisableForm.blank());
        }
        if (required(signedIn)) {
            RenewedSignIn.holding(
                    authorities.onceSecondFactorPassed(signedIn.getName()),
                    List.of(FactorGrantedAuthority.fromAuthority(SecondFactorGate.TOTP_FACTOR)),
                    signedIn,
                    request,
                    response);
        }
        model.addAttribute("recoveryCodes", recoveryCodes);
        model.addAttribute("enrolledNow", true);
        return RECOVERY_CODES;
    }

    @PostMapping("/recovery-codes")
    String replaceRecoveryCodes(
            @ModelAttribute("replacement") CodeForm form,
            BindingResult result,
            Authentication signedIn,
            Model model,
            HttpServletRequest request) {
        if (!localAccount(signedIn) || !status.enrolled(signedIn.getName())) {
            return "redirect:" + SecondFactorGate.ENROLMENT_PAGE;
        }
        try {
            model.addAttribute(
                    "recoveryCodes",
                    secondFactors.replaceRecoveryCodes(signedIn.getName(), form.typed(), request.getRemoteAddr()));
        } catch (SecondFactorRefused refused) {
            result.rejectValue("code", "refused", refused.getMessage());
            return page(signedIn, model, CodeForm.blank(), form, DisableForm.blank());
        }
        model.addAttribute("enrolledNow", false);
        return RECOVERY_CODES;
    }

    @PostMapping("/disable")
    String disable(
            @ModelAttribute("disabling") DisableForm form,
            BindingResult result,
            Authentication signedIn,
            Model model,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        if (!localAccount(signedIn) || !status.enrolled(signedIn.getName())) {
            return "redirect:" + SecondFactorGate.ENROLMENT_PAGE;
        }
        try {
            if (properties.totp().requiredForAdmin() && holds(signedIn, Role.ADMIN.authority())) {
                throw SecondFactorRefused.requiredForAdministrators();
            }
            secondFactors.disable(signedIn.getName(), form.proof(), request.getRemoteAddr());
        } catch (SecondFactorRefused refused) {
            result.rejectValue("proof", "refused", refused.getMessage());
            return page(signedIn, model, CodeForm.blank(), CodeForm.blank(), DisableForm.blank());
        }
        redirect.addFlashAttribute("notice", "Your second factor is off: you sign in with your password alone.");
        return "redirect:" + SecondFactorGate.ENROLMENT_PAGE;
    }

    private String page(
            Authentication signedIn, Model model, CodeForm confirmation, CodeForm replacement, DisableForm disabling) {
        // A form bound to this request stays with its errors; replacing it would drop the messages.
        model.mergeAttributes(Map.of("confirmation", confirmation, "replacement", replacement, "disabling", disabling));
        if (localAccount(signedIn)) {
            Optional<PendingEnrolment> enrolment = secondFactors.pending(signedIn.getName());
            model.addAttribute("enrolled", enrolment.isEmpty());
            if (enrolment.isPresent()) {
                model.addAttribute("enrolment", enrolment.get());
            } else {
                model.addAttribute("recoveryCodesLeft", secondFactors.recoveryCodesLeft(signedIn.getName()));
            }
        }
        return PAGE;
    }

    private static boolean holds(Authentication signedIn, String authority) {
        return AuthorityUtils.authorityListToSet(signedIn.getAuthorities()).contains(authority);
    }
}
