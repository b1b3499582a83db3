package org.glutecoach.practice.web;

import org.glutecoach.identity.SignedInAccount;
import org.glutecoach.selfcheck.SelfCheckService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
    String redFlags(@AuthenticationPrincipal SignedInAccount me, Model model) {
        if (!me.isPracticeOwner()) {
            throw new AccessDeniedException("Only the practice owner");
        }
        model.addAttribute("weeks", selfCheck.redFlagWeeks(WEEKS));
        return "practice/red-flags";
    }
}
