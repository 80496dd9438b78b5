package com.gauthconsole.web;

import com.gauthconsole.security.SignInProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    private final SignInProperties signIn;

    LoginController(SignInProperties signIn) {
        this.signIn = signIn;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("lockMinutes", signIn.failureWindow().toMinutes());
        return "web/login";
    }
}
