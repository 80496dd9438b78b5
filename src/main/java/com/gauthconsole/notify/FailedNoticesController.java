package com.gauthconsole.notify;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The notices given up after their last attempt; only administrators reach it (the security's {@code /admin/**}). */
@Controller
@RequestMapping("/admin/notifications")
class FailedNoticesController {

    private static final String LIST = "redirect:/admin/notifications";

    private final FailedNotices failed;
    private final NoticeChannels channels;

    FailedNoticesController(FailedNotices failed, NoticeChannels channels) {
        this.failed = failed;
        this.channels = channels;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("failed", failed.list());
        model.addAttribute("waiting", failed.waiting());
        model.addAttribute("channels", channels.configured());
        return "notify/failed";
    }

    @PostMapping("/{id}/retry")
    String retry(@PathVariable long id, Authentication actor, RedirectAttributes redirect) {
        try {
            FailedNotice retried = failed.retry(id, actor.getName());
            redirect.addFlashAttribute(
                    "notice",
                    "The " + retried.channel().name().toLowerCase() + " notice about " + retried.subject()
                            + " will be sent again in a moment.");
        } catch (FailedNotices.RetryRefused refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return LIST;
    }
}
