package org.glutecoach.course.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.glutecoach.course.CourseService;
import org.glutecoach.course.CourseService.Control;
import org.glutecoach.course.CourseService.EnrolmentRequest;
import org.glutecoach.course.EnrolmentChangeNotAllowed;
import org.glutecoach.course.EnrolmentView;
import org.glutecoach.course.SelfCheckNeededFirst;
import org.glutecoach.identity.AccountId;
import org.glutecoach.identity.SignedInAccount;
import org.glutecoach.shared.RateLimits;
import org.glutecoach.shared.web.TimeZoneChoices;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The course pages. Pages about one enrolment work from a mail link ({@code e} and {@code k}) or for its signed-in
 * owner; anything else is "not found", never someone else's course.
 */
@Controller
class CoursePages {

    private static final String WAIT = "course.enrol.wait";

    private final CourseService course;
    private final EnrolmentScreen screen;
    private final RateLimits limits;
    private final CourseInThisBrowser browser;

    CoursePages(CourseService course, EnrolmentScreen screen, RateLimits limits, CourseInThisBrowser browser) {
        this.course = course;
        this.screen = screen;
        this.limits = limits;
        this.browser = browser;
    }

    @ModelAttribute("timeZones")
    TimeZoneChoices timeZones() {
        return TimeZoneChoices.offered();
    }

    @GetMapping("/course")
    String overview(@AuthenticationPrincipal @Nullable SignedInAccount me, Model model) {
        var enrolment = me == null ? null : course.forAccount(me.accountId()).orElse(null);
        if (enrolment != null) {
            return "redirect:/course/my";
        }
        model.addAttribute("lessons", course.lessons()).addAttribute("form", email(me));
        return "course/overview";
    }

    /**
     * The address first; then the red-flag questions (see {@link EnrolmentScreen}); then enrolling, with the
     * self-check's advice for SOON on the next page and in the mail when the screen said SOON (HZ-09).
     */
    @PostMapping("/course/enrol")
    String enrol(
            @Valid @ModelAttribute("form") EnrolForm form,
            BindingResult errors,
            @RequestParam MultiValueMap<String, String> posted,
            @AuthenticationPrincipal @Nullable SignedInAccount me,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes next) {
        var account = me == null ? null : me.accountId();
        var step = errors.hasErrors() ? null : screen.check(posted, account);
        // Only the step that enrols (and mails) counts against the limit, not each page of the screen.
        if (step instanceof EnrolmentScreen.Pass pass && mayEnrol(request, errors)) {
            return enrolled(
                    new EnrolmentRequest(form.email(), form.localTime(), form.zone(), account, pass.soon()), next);
        }
        return step == null || step instanceof EnrolmentScreen.Pass
                ? formAgain(errors, model, response)
                : show(step, model, response);
    }

    private String enrolled(EnrolmentRequest request, RedirectAttributes next) {
        course.enrol(request);
        if (request.soonAdvice() != null) {
            next.addFlashAttribute("soon", request.soonAdvice());
        }
        return "redirect:/course/enrolled";
    }

    private String formAgain(BindingResult errors, Model model, HttpServletResponse response) {
        response.setStatus(waiting(errors) ? 429 : 422);
        model.addAttribute("lessons", course.lessons());
        return "course/overview";
    }

    /**
     * Where "start the course now" on the consent page leads (signed in only): the dashboard when the course
     * started there (a full screen passed in the last 30 days), else the short screen with the address filled in.
     */
    @GetMapping("/course/start")
    String start(@AuthenticationPrincipal SignedInAccount me, Model model, HttpServletResponse response) {
        var started = course.forAccount(me.accountId()).filter(enrolment -> !"PENDING".equals(enrolment.status()));
        if (started.isPresent()) {
            return "redirect:/dashboard?consent-saved";
        }
        model.addAttribute("form", email(me));
        return show(screen.questions(), model, response);
    }

    /**
     * The screen's questions (again, with what is missing), or the self-check's own stop screen as it shows it:
     * no enrolment, no mail.
     */
    private static String show(EnrolmentScreen.Step step, Model model, HttpServletResponse response) {
        if (step instanceof EnrolmentScreen.Stop stop) {
            model.addAttribute("page", stop)
                    .addAttribute("urgentAdvice", stop.result().urgentAdvice());
            return "selfcheck/result";
        }
        var ask = (EnrolmentScreen.Ask) step;
        response.setStatus(ask.errors().isEmpty() ? 200 : 422);
        model.addAttribute("screen", ask).addAttribute("answered", EnrolmentScreen.ANSWERED);
        return "course/screen";
    }

    /** A few enrolments an hour per client IP; past that the form says to wait (nothing about the address). */
    private boolean mayEnrol(HttpServletRequest request, BindingResult errors) {
        if (limits.takeSignUp("enrol", request.getRemoteAddr())) {
            return true;
        }
        errors.rejectValue("email", WAIT);
        return false;
    }

    private static boolean waiting(BindingResult errors) {
        var email = errors.getFieldError("email");
        return email != null && WAIT.equals(email.getCode());
    }

    @GetMapping("/course/enrolled")
    String enrolled() {
        return "course/enrolled";
    }

    @GetMapping("/course/confirm")
    String confirm(@RequestParam(defaultValue = "") String token, Model model, HttpServletResponse response) {
        var confirmed = course.confirm(token);
        if (confirmed.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "course/link-unusable";
        }
        browser.opened(confirmed.get().id());
        model.addAttribute("enrolment", confirmed.get());
        return "course/confirmed";
    }

    @GetMapping("/course/my")
    String mine(MailLink link, @AuthenticationPrincipal @Nullable SignedInAccount me, Model model) {
        var enrolment = access(link, me);
        model.addAttribute("enrolment", enrolment).addAttribute("form", TimeForm.of(enrolment));
        return "course/my";
    }

    @PostMapping("/course/my/{control}")
    String control(@PathVariable String control, MailLink link, @AuthenticationPrincipal @Nullable SignedInAccount me) {
        var enrolment = access(link, me);
        course.change(enrolment.id(), controlNamed(control), browser.passes(me));
        return "redirect:/course/my" + link.query("changed=" + control);
    }

    private static Control controlNamed(String control) {
        return switch (control) {
            case "pause" -> Control.PAUSE;
            case "resume" -> Control.RESUME;
            case "restart" -> Control.RESTART;
            case "all-at-once" -> Control.ALL_AT_ONCE;
            default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        };
    }

    /** A control that does not apply where the course is now (a second click, an old page): the course as it is. */
    @ExceptionHandler(EnrolmentChangeNotAllowed.class)
    String changeNotAllowed(HttpServletRequest request) {
        return "redirect:/course/my" + MailLink.of(request).query();
    }

    /** Lessons paused for a red flag go on only after the self-check is passed again: off to the self-check. */
    @ExceptionHandler(SelfCheckNeededFirst.class)
    String selfCheckFirst() {
        return "redirect:/self-check";
    }

    @PostMapping("/course/my/time")
    String time(
            MailLink link,
            @AuthenticationPrincipal @Nullable SignedInAccount me,
            @Valid @ModelAttribute("form") TimeForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response) {
        var enrolment = access(link, me);
        if (errors.hasErrors()) {
            response.setStatus(422);
            model.addAttribute("enrolment", enrolment);
            return "course/my";
        }
        course.changeTime(enrolment.id(), form.localTime(), form.zone());
        return "redirect:/course/my" + link.query("changed=time");
    }

    @GetMapping("/course/lessons/{day}")
    String lesson(
            @PathVariable int day,
            MailLink link,
            @AuthenticationPrincipal @Nullable SignedInAccount me,
            Model model,
            HttpServletResponse response) {
        var enrolment = access(link, me);
        var lesson = course.lesson(day).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var state = enrolment.lessons().get(day - 1);
        model.addAllAttributes(link.attributes())
                .addAttribute("enrolment", enrolment)
                .addAttribute("lesson", lesson)
                .addAttribute("state", state);
        return state.unlocked() ? opened(enrolment, day) : locked(response);
    }

    /** The lesson page, counted as opened (not done: the person says when it is done). */
    private String opened(EnrolmentView enrolment, int day) {
        course.recordProgress(enrolment.id(), day, false);
        return "course/lesson";
    }

    private static String locked(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        return "course/locked";
    }

    @PostMapping("/course/lessons/{day}/done")
    String done(@PathVariable int day, MailLink link, @AuthenticationPrincipal @Nullable SignedInAccount me) {
        var enrolment = access(link, me);
        if (day < 1 || day > enrolment.lessons().size() || !course.recordProgress(enrolment.id(), day, true)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/course/lessons/" + day + link.query("done");
    }

    @GetMapping("/course/unsubscribe")
    String unsubscribePage(MailLink link, Model model) {
        model.addAllAttributes(link.attributes())
                .addAttribute("enrolment", byLinkOnly(link))
                .addAttribute("done", false);
        return "course/unsubscribe";
    }

    /** The page's button, and the one-click POST of RFC 8058 that mail clients send (no CSRF token there). */
    @PostMapping("/course/unsubscribe")
    String unsubscribe(MailLink link, Model model) {
        var enrolment = byLinkOnly(link);
        model.addAllAttributes(link.attributes())
                .addAttribute("enrolment", course.change(enrolment.id(), Control.UNSUBSCRIBE))
                .addAttribute("done", true);
        return "course/unsubscribe";
    }

    /** Stopping by a mail link (a mail client's one-click POST too): nothing remembered in a session for it. */
    private EnrolmentView byLinkOnly(MailLink link) {
        return course.access(link.e(), link.k(), null)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private EnrolmentView access(MailLink link, @Nullable SignedInAccount me) {
        AccountId account = me == null ? null : me.accountId();
        var enrolment = course.access(link.e(), link.k(), account)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (link.e() != null) {
            browser.opened(enrolment.id());
        }
        return enrolment;
    }

    /**
     * The enrolment id ({@code e}) and key ({@code k}) that links in course mails carry, so the pages work without
     * signing in; both empty for a signed-in person who came another way.
     */
    record MailLink(@Nullable UUID e, @Nullable String k) {

        /** The link's parameters as the request has them; none if the id is not an id. */
        static MailLink of(HttpServletRequest request) {
            try {
                var e = request.getParameter("e");
                return new MailLink(e == null ? null : UUID.fromString(e), request.getParameter("k"));
            } catch (IllegalArgumentException notAnId) {
                return new MailLink(null, null);
            }
        }

        /** These parameters as a query string, or nothing without them. */
        String query() {
            return e == null || k == null ? "" : "?e=" + e + "&k=" + k;
        }

        /** What the pages need to build their own links and forms from this one: e, k and the query. */
        Map<String, @Nullable Object> attributes() {
            var attributes = new HashMap<String, @Nullable Object>();
            attributes.put("e", e);
            attributes.put("k", k);
            attributes.put("query", query());
            return attributes;
        }

        /** The same, with one more parameter. */
        String query(String more) {
            var query = query();
            return query + (query.isEmpty() ? "?" : "&") + more;
        }
    }

    private static EnrolForm email(@Nullable SignedInAccount me) {
        return EnrolForm.forEmail(me == null ? "" : me.getUsername());
    }
}
