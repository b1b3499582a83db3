package org.glutecoach.tracker.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.glutecoach.identity.AccountView;
import org.glutecoach.identity.CurrentAccount;
import org.glutecoach.shared.web.Htmx;
import org.glutecoach.tracker.DayView;
import org.glutecoach.tracker.HealthDataConsentNeeded;
import org.glutecoach.tracker.InvalidEntry;
import org.glutecoach.tracker.SavedEntry;
import org.glutecoach.tracker.SittingHabit;
import org.glutecoach.tracker.TrackerService;
import org.glutecoach.tracker.domain.Dates;
import org.glutecoach.tracker.domain.RescreenPrompts;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The today page: the day picker, the day's form (a new day starts with the day before's sitting answers), the week
 * beside it. Choosing a day only shows it ({@code GET /tracker?day=}); the form carries the shown day and saves as
 * a plain post, and with htmx on every change; errors sit beside their fields.
 */
@Controller
class TrackerPages {

    private static final String PAGE = "tracker/today";

    private final TrackerService tracker;
    private final RescreenPrompts rescreen;

    TrackerPages(TrackerService tracker, RescreenPrompts rescreen) {
        this.tracker = tracker;
        this.rescreen = rescreen;
    }

    @GetMapping("/tracker")
    String today(
            @CurrentAccount AccountView me,
            @RequestParam(required = false) @Nullable String day,
            @RequestParam Map<String, String> flags,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        try {
            var view = tracker.day(me.id(), day == null ? null : Dates.parse(day));
            model.addAttribute("rescreen", rescreen.dueOn(me.id(), view.today()));
            show(me, view, formFor(view), flags.containsKey("saved"), model);
        } catch (InvalidEntry wrongDay) {
            notThisDay(me, day, wrongDay, model, request, response);
        }
        return Htmx.view(request, PAGE, "day");
    }

    @PostMapping("/tracker")
    String log(
            @CurrentAccount AccountView me,
            @ModelAttribute("form") EntryForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        try {
            var saved = tracker.log(me.id(), Dates.parse(form.date()), form.input(), form.consents());
            return saved(me, saved, model, request, response);
        } catch (InvalidEntry invalid) {
            invalid.messageKeysByField().forEach(errors::rejectValue);
        } catch (HealthDataConsentNeeded needed) {
            errors.rejectValue("healthData", "tracker.consent.required");
        }
        return again(me, form, model, request, response);
    }

    /** The form with its errors: whole, and for htmx in place of the day (it targets only the status line). */
    private String again(
            AccountView me, EntryForm form, Model model, HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(422);
        if (Htmx.isRequest(request)) {
            response.setHeader("HX-Retarget", "#day");
            response.setHeader("HX-Reswap", "outerHTML");
        }
        show(me, dayOf(me, form.date()), form, false, model);
        return Htmx.view(request, PAGE, "day");
    }

    /** The day the form was for, so heading, picker and form agree; today when that day cannot be shown. */
    private DayView dayOf(AccountView me, @Nullable String date) {
        try {
            return tracker.day(me.id(), Dates.parse(date));
        } catch (InvalidEntry notShown) {
            return tracker.day(me.id(), null);
        }
    }

    /**
     * A day that cannot be shown (ahead, too far back, not a date): today, with the reason beside the day picker,
     * which keeps what was asked for. 400, or 422 for htmx so that it swaps the answer in.
     */
    private void notThisDay(
            AccountView me,
            @Nullable String day,
            InvalidEntry wrongDay,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        response.setStatus(Htmx.isRequest(request) ? 422 : HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("pickedDay", day);
        var view = tracker.day(me.id(), null);
        rejected(me, view, formFor(view), wrongDay, model);
    }

    private String saved(
            AccountView me, SavedEntry saved, Model model, HttpServletRequest request, HttpServletResponse response) {
        LocalDate day = saved.entry().date();
        if (!Htmx.isRequest(request)) {
            return "redirect:/tracker?saved&day=" + day;
        }
        response.setHeader("HX-Trigger", "tracker-day-logged");
        show(me, tracker.day(me.id(), day), EntryForm.of(saved.entry()), true, model);
        return PAGE + " :: saved";
    }

    private static EntryForm formFor(DayView view) {
        var entry = view.entry();
        return entry != null ? EntryForm.of(entry) : EntryForm.newDay(view.day().toString(), view.dayBefore());
    }

    private String rejected(AccountView me, DayView view, EntryForm form, InvalidEntry problem, Model model) {
        var errors = new BeanPropertyBindingResult(form, "form");
        problem.messageKeysByField().forEach(errors::rejectValue);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
        return show(me, view, form, false, model);
    }

    private String show(AccountView me, DayView view, EntryForm form, boolean saved, Model model) {
        model.addAttribute("view", view)
                .addAttribute("form", form)
                .addAttribute("saved", saved)
                .addAttribute("habits", SittingHabit.values())
                .addAttribute("consent", tracker.keepsHealthData(me.id()));
        model.asMap().putIfAbsent("rescreen", List.of());
        model.asMap().putIfAbsent("pickedDay", form.date());
        return PAGE;
    }
}
