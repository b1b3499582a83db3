package org.glutecoach.tracker.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.glutecoach.identity.AccountView;
import org.glutecoach.identity.CurrentAccount;
import org.glutecoach.tracker.InvalidEntry;
import org.glutecoach.tracker.reminder.DailyReminders;
import org.glutecoach.tracker.reminder.ReminderConsentNeeded;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The daily reminder email: switched on (with the yes to reminder emails, asked right here), moved or off; and
 * the stop page its mails link to, which works without signing in (the link's key) and takes RFC 8058's
 * one-click POST from mail clients.
 */
@Controller
class ReminderPages {

    private static final String PAGE = "tracker/reminder";

    private final DailyReminders reminders;

    ReminderPages(DailyReminders reminders) {
        this.reminders = reminders;
    }

    @GetMapping("/tracker/reminder")
    String reminder(@CurrentAccount AccountView me, @RequestParam Map<String, String> flags, Model model) {
        var reminder = reminders.reminder(me.id());
        model.addAttribute("form", ReminderForm.of(reminder)).addAttribute("saved", flags.containsKey("saved"));
        return show(me, model);
    }

    @PostMapping("/tracker/reminder")
    String remindAt(
            @CurrentAccount AccountView me,
            @ModelAttribute("form") ReminderForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response) {
        try {
            reminders.remindAt(me.id(), form.time() == null ? "" : form.time(), form.consents());
            return "redirect:/tracker/reminder?saved";
        } catch (InvalidEntry invalid) {
            invalid.messageKeysByField().forEach(errors::rejectValue);
        } catch (ReminderConsentNeeded needed) {
            errors.rejectValue("reminderEmails", "tracker.reminder.consent.required");
        }
        response.setStatus(422);
        return show(me, model.addAttribute("saved", false));
    }

    @PostMapping("/tracker/reminder/off")
    String switchOff(@CurrentAccount AccountView me) {
        reminders.switchOff(me.id());
        return "redirect:/tracker/reminder?saved";
    }

    /** A mail's stop link: a page with one button, as mail scanners open links without meaning to. */
    @GetMapping("/tracker/reminder/stop")
    String stopPage(@RequestParam(defaultValue = "") String k, Model model) {
        if (!reminders.knowsKey(k)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("k", k).addAttribute("done", false);
        return "tracker/reminder-stop";
    }

    /** The page's button, and the one-click POST of RFC 8058 that mail clients send (no CSRF token there). */
    @PostMapping("/tracker/reminder/stop")
    String stop(@RequestParam(defaultValue = "") String k, Model model) {
        if (!reminders.stopFromMail(k)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("k", k).addAttribute("done", true);
        return "tracker/reminder-stop";
    }

    private String show(AccountView me, Model model) {
        model.addAttribute("reminder", reminders.reminder(me.id())).addAttribute("verified", me.emailVerified());
        return PAGE;
    }
}
