package org.glutecoach.selfcheck.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.glutecoach.shared.web.Htmx;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The self-check pages: one section per step, then the result. htmx swaps the panel; plain forms work too. */
@Controller
@RequestMapping("/self-check")
class SelfCheckPages {

    private final SelfCheckFlow flow;

    SelfCheckPages(SelfCheckFlow flow) {
        this.flow = flow;
    }

    @GetMapping
    String start(Model model) {
        model.addAttribute("page", flow.start());
        return "selfcheck/step";
    }

    @PostMapping
    String step(@RequestParam MultiValueMap<String, String> form, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        var page = flow.advance(form);
        response.setStatus(page.status());
        model.addAttribute("page", page);
        return Htmx.view(request, page.template(), "panel");
    }
}
