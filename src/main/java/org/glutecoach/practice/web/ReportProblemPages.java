package org.glutecoach.practice.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.glutecoach.practice.PracticeService;
import org.glutecoach.practice.TooManyReports;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Report a problem with this advice", linked from every self-check result and every lesson: a short form whose
 * report goes to the practice's email through the outbox; without a practice email, the other ways to reach it.
 */
@Controller
class ReportProblemPages {

    private final PracticeService practice;

    ReportProblemPages(PracticeService practice) {
        this.practice = practice;
    }

    @ModelAttribute("contact")
    Object contact() {
        return practice.contact();
    }

    @GetMapping("/practice/report-a-problem")
    String form(
            @RequestParam(defaultValue = "") String about, @RequestParam(required = false) String sent, Model model) {
        model.addAttribute("form", ReportForm.about(about)).addAttribute("sent", sent != null);
        return "practice/report-a-problem";
    }

    @PostMapping("/practice/report-a-problem")
    String send(
            @Valid @ModelAttribute("form") ReportForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response) {
        if (errors.hasErrors()) {
            return again(model, response, 422, false);
        }
        try {
            practice.reportProblem(form.command());
            return "redirect:/practice/report-a-problem?sent";
        } catch (TooManyReports busy) {
            return again(model, response, 429, true);
        }
    }

    /** The form once more, with its errors, or with the note that too many reports came in lately. */
    private static String again(Model model, HttpServletResponse response, int status, boolean busy) {
        response.setStatus(status);
        model.addAttribute("sent", false).addAttribute("busy", busy ? true : null);
        return "practice/report-a-problem";
    }
}
