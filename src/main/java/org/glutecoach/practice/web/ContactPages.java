package org.glutecoach.practice.web;

import org.glutecoach.practice.PracticeService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** How to reach the practice: linked from the self-check result when seeing a therapist may help. */
@Controller
class ContactPages {

    private final PracticeService practice;

    ContactPages(PracticeService practice) {
        this.practice = practice;
    }

    @GetMapping("/practice/contact")
    String contact(Model model) {
        model.addAttribute("contact", practice.contact());
        return "practice/contact";
    }
}
