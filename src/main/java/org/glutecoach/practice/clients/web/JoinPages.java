package org.glutecoach.practice.clients.web;

import java.util.Map;
import org.glutecoach.identity.AccountView;
import org.glutecoach.identity.CurrentAccount;
import org.glutecoach.identity.InvalidToken;
import org.glutecoach.practice.clients.ClientsService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * A client's invitation link: after signing up or in, the person reads exactly what the practice will see and
 * says yes (which records their consent to share) or simply leaves.
 */
@Controller
class JoinPages {

    private final ClientsService clients;

    JoinPages(ClientsService clients) {
        this.clients = clients;
    }

    @GetMapping("/practice/join/{token}")
    String invitation(@PathVariable String token, Model model) {
        clients.checkInvitation(token);
        model.addAttribute("token", token);
        return "practice/clients/join";
    }

    @PostMapping("/practice/join/{token}")
    String accept(@CurrentAccount AccountView me, @PathVariable String token) {
        clients.acceptInvitation(token, me.id());
        return "redirect:/practice/joined";
    }

    @GetMapping("/practice/joined")
    String joined() {
        return "practice/clients/joined";
    }

    /** A link that no longer works: the same page as any other such link. */
    @ExceptionHandler(InvalidToken.class)
    ModelAndView unusable() {
        return new ModelAndView(
                "identity/link-unusable", Map.of("signedIn", true, "resetLink", false), HttpStatus.BAD_REQUEST);
    }
}
