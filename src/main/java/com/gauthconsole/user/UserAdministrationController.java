package com.gauthconsole.user;

import com.gauthconsole.security.Role;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The user administration pages; only administrators reach them (see the security configuration). */
@Controller
@RequestMapping("/admin/users")
class UserAdministrationController {

    private static final String LIST = "redirect:/admin/users";

    private final UserAdministration users;

    UserAdministrationController(UserAdministration users) {
        this.users = users;
    }

    @ModelAttribute("allRoles")
    Role[] allRoles() {
        return Role.values();
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("users", users.list());
        return "user/list";
    }

    @GetMapping("/new")
    String newUser(Model model) {
        model.addAttribute("newUser", NewUserForm.blank());
        return "user/new";
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("newUser") NewUserForm form,
            BindingResult result,
            Authentication actor,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return "user/new";
        }
        try {
            users.create(form.username(), form.password(), form.roles(), actor.getName());
        } catch (UserChangeRefused.UsernameTaken taken) {
            result.rejectValue("username", "taken", taken.getMessage());
            return "user/new";
        }
        redirect.addFlashAttribute("notice", "User " + form.username() + " was created.");
        return LIST;
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        UserView user = users.find(id);
        return detailPage(user, new RolesForm(Set.copyOf(user.roles())), PasswordResetForm.blank(), model);
    }

    @PostMapping("/{id}/roles")
    String assignRoles(
            @PathVariable long id,
            @Valid @ModelAttribute("rolesForm") RolesForm form,
            BindingResult result,
            Authentication actor,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                users.assignRoles(id, form.roles(), actor.getName());
                return done(id, "The roles were saved.", redirect);
            } catch (UserChangeRefused.OwnAccessProtected refused) {
                result.reject("own-access", refused.getMessage());
            }
        }
        return detailPage(users.find(id), form, PasswordResetForm.blank(), model);
    }

    @PostMapping("/{id}/password")
    String resetPassword(
            @PathVariable long id,
            @Valid @ModelAttribute("passwordForm") PasswordResetForm form,
            BindingResult result,
            Authentication actor,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            UserView user = users.find(id);
            return detailPage(user, new RolesForm(Set.copyOf(user.roles())), form, model);
        }
        users.resetPassword(id, form.password(), actor.getName());
        return done(id, "The password was changed.", redirect);
    }

    @PostMapping("/{id}/second-factor/reset")
    String resetSecondFactor(@PathVariable long id, Authentication actor, RedirectAttributes redirect) {
        try {
            users.resetSecondFactor(id, actor.getName());
        } catch (UserChangeRefused.OwnAccessProtected refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
            return LIST + "/" + id;
        }
        return done(
                id,
                "The second factor was reset: the user signs in with their password alone until they set"
                        + " one up again.",
                redirect);
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable long id, Authentication actor, RedirectAttributes redirect) {
        try {
            users.disable(id, actor.getName());
        } catch (UserChangeRefused.OwnAccessProtected refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
            return LIST + "/" + id;
        }
        return done(id, "The user was disabled and can no longer sign in.", redirect);
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable long id, Authentication actor, RedirectAttributes redirect) {
        users.enable(id, actor.getName());
        return done(id, "The user was enabled.", redirect);
    }

    private static String done(long id, String notice, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", notice);
        return LIST + "/" + id;
    }

    private static String detailPage(UserView user, RolesForm roles, PasswordResetForm password, Model model) {
        model.addAttribute("user", user);
        // A form whose value could not be read is bound as null next to its errors; replacing it drops the messages.
        model.mergeAttributes(Map.of("rolesForm", roles, "passwordForm", password));
        return "user/detail";
    }
}
