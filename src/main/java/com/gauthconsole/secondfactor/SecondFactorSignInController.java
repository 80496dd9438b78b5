package com.gauthconsole.secondfactor;

import com.gauthconsole.security.RenewedSignIn;
import com.gauthconsole.security.SecondFactorGate;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The second page of a sign-in for a user with a second factor: after the right password, a current code of their
 * app or one of their recovery codes. Until then the session holds no role (see {@link SecondFactorGate}).
 */
@Controller
class SecondFactorSignInController {

    private static final String PAGE = "secondfactor/sign-in";

    private final SecondFactors secondFactors;
    private final SignInAuthorities authorities;

    SecondFactorSignInController(SecondFactors secondFactors, SignInAuthorities authorities) {
        this.secondFactors = secondFactors;
        this.authorities = authorities;
    }

    @GetMapping(SecondFactorGate.PAGE)
    String form(Authentication signedIn, Model model) {
        if (!owesCode(signedIn)) {
            return "redirect:/";
        }
        model.addAttribute("secondFactor", CodeForm.blank());
        return PAGE;
    }

    @PostMapping(SecondFactorGate.PAGE)
    String check(
            @ModelAttribute("secondFactor") CodeForm form,
            BindingResult result,
            Authentication signedIn,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (!owesCode(signedIn)) {
            return "redirect:/";
        }
        if (form.isBlank()) {
            result.rejectValue("code", "blank", "Type the six-digit code your app shows, or a recovery code.");
            return PAGE;
        }
        return switch (secondFactors.signIn(signedIn.getName(), form.typed(), request.getRemoteAddr())) {
            case PASSED -> {
                RenewedSignIn.holding(
                        authorities.onceSecondFactorPassed(signedIn.getName()),
                        List.of(FactorGrantedAuthority.fromAuthority(SecondFactorGate.TOTP_FACTOR)),
                        signedIn,
                        request,
                        response);
                yield "redirect:/";
            }
            case WRONG -> {
                result.rejectValue(
                        "code",
                        "wrong",
                        "This code is not right or was used already. Wait for your app's next code, or use a"
                                + " recovery code.");
                yield PAGE;
            }
            case LOCKED -> {
                new SecurityContextLogoutHandler().logout(request, response, signedIn);
                yield "redirect:/login?locked";
            }
        };
    }

    private static boolean owesCode(Authentication signedIn) {
        return AuthorityUtils.authorityListToSet(signedIn.getAuthorities()).contains(SecondFactorGate.AUTHORITY);
    }
}
