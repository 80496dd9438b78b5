package com.gauthconsole.api;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every user's API tokens, for administrators, who revoke any of them. */
@Controller
@RequestMapping(ApiTokenAdministrationController.PAGE)
class ApiTokenAdministrationController {

    static final String PAGE = "/admin/api-tokens";

    private final ApiTokens tokens;

    ApiTokenAdministrationController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("tokens", tokens.all());
        return "api/all-tokens";
    }

    @PostMapping("/{tokenId}/revoke")
    String revoke(@PathVariable long tokenId, Authentication administrator, RedirectAttributes redirect) {
        tokens.revokeAny(administrator.getName(), tokenId);
        redirect.addFlashAttribute("notice", "The token is revoked: calls with it are refused from now on.");
        return "redirect:" + PAGE;
    }
}
