package com.gauthconsole.api;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A signed-in user's own API tokens: make one (its value shown once, in the answer that made it), list them, revoke
 * one. Tokens check their user's roles in the console's accounts on every call, so people who sign in through the
 * company's provider, whose roles come from their groups at sign-in, cannot make one.
 */
@Controller
@RequestMapping(ApiTokenController.PAGE)
class ApiTokenController {

    static final String PAGE = "/account/api-tokens";
    private static final String VIEW = "api/tokens";
    private static final String FORM = "tokenForm";

    private final ApiTokens tokens;
    private final ApiProperties properties;

    ApiTokenController(ApiTokens tokens, ApiProperties properties) {
        this.tokens = tokens;
        this.properties = properties;
    }

    @InitBinder(FORM)
    void bindThroughConstructorsOnly(WebDataBinder binder) {
        binder.setDeclarativeBinding(true);
    }

    @GetMapping
    String page(Authentication signedIn, Model model) {
        model.addAttribute(FORM, ApiTokenForm.blank(properties.tokenMaxLifetimeDays()));
        return show(signedIn, model);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute(FORM) ApiTokenForm form,
            BindingResult errors,
            Authentication signedIn,
            Model model) {
        if (!localAccount(signedIn)) {
            return "redirect:" + PAGE;
        }
        Optional<CreatedApiToken> created =
                errors.hasErrors() ? Optional.empty() : tokens.create(signedIn.getName(), form, errors);
        if (created.isEmpty()) {
            return show(signedIn, model);
        }
        model.addAttribute("created", created.get());
        model.addAttribute(FORM, ApiTokenForm.blank(properties.tokenMaxLifetimeDays()));
        return show(signedIn, model);
    }

    @PostMapping("/{tokenId}/revoke")
    String revoke(@PathVariable long tokenId, Authentication signedIn, RedirectAttributes redirect) {
        // A company sign-in may carry a local account's name: it owns no token of that account.
        if (!localAccount(signedIn)) {
            throw new ApiTokenNotFound();
        }
        tokens.revokeOwn(signedIn.getName(), tokenId);
        redirect.addFlashAttribute("notice", "The token is revoked: calls with it are refused from now on.");
        return "redirect:" + PAGE;
    }

    private String show(Authentication signedIn, Model model) {
        boolean localAccount = localAccount(signedIn);
        model.addAttribute("localAccount", localAccount);
        model.addAttribute("roles", tokens.rolesHeld(signedIn.getName()));
        model.addAttribute("maxDays", properties.tokenMaxLifetimeDays());
        model.addAttribute("tokens", localAccount ? tokens.of(signedIn.getName()) : List.of());
        return VIEW;
    }

    private static boolean localAccount(Authentication signedIn) {
        return signedIn instanceof UsernamePasswordAuthenticationToken;
    }
}
