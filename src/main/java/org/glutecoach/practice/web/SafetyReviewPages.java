package org.glutecoach.practice.web;

import org.glutecoach.selfcheck.SelfCheckService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * For the practice owner only: red-flag screens shown and calls tapped, week by week, for the periodic look the
 * clinical safety case asks for (clinical review 2026-11, section 6). Counts only, never anyone's answers.
 */
@Controller
class SafetyReviewPages {

    /** About a quarter of a year. */
    static final int WEEKS = 12;

    private final SelfCheckService selfCheck;

    SafetyReviewPages(SelfCheckService selfCheck) {
        this.selfCheck = selfCheck;
    }

    @GetMapping("/practice/red-flags")
    String redFlags(Model model) {
        model.addAttribute("weeks", selfCheck.redFlagWeeks(WEEKS));
        return "practice/red-flags";
    }
}
