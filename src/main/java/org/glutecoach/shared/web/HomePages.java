package org.glutecoach.shared.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The front door: what Glute Coach does, in plain words. */
@Controller
class HomePages {

    @GetMapping("/")
    String home(
            @RequestParam(name = "signed-out", required = false) @Nullable String signedOut,
            @RequestParam(name = "account-deleted", required = false) @Nullable String deleted,
            Model model) {
        model.addAttribute("signedOut", signedOut != null).addAttribute("accountDeleted", deleted != null);
        return "shared/home";
    }
}
