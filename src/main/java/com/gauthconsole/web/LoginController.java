package com.gauthconsole.web;

import com.gauthconsole.security.SignInOptions;
import com.gauthconsole.security.SignInProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    private final SignInProperties signIn;
    private final SignInOptions options;

    LoginController(SignInProperties signIn, SignInOptions options) {
        this.signIn = signIn;
        this.options = options;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("lockMinutes", signIn.failureWindow().toMinutes());
        model.addAttribute("providers", options.providers());
        model.addAttribute("localAccountsOpen", options.localAccountsOpen());
        return "web/login";
    }
}
