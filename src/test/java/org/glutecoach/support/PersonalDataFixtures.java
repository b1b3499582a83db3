package org.glutecoach.support;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.glutecoach.course.CourseService;
import org.glutecoach.identity.AccountView;
import org.glutecoach.privacy.ConsentKind;
import org.glutecoach.privacy.PrivacyService;
import org.glutecoach.selfcheck.EvaluateAnswers;
import org.glutecoach.selfcheck.SelfCheckFixtures;
import org.glutecoach.selfcheck.SelfCheckResults;
import org.glutecoach.selfcheck.SelfCheckService;
import org.glutecoach.timer.ChangeTimerSettings;
import org.glutecoach.timer.RecordBreak;
import org.glutecoach.timer.TimerService;
import org.glutecoach.tracker.EntryInput;
import org.glutecoach.tracker.TrackerService;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** A person with data in every module that keeps some, for the tests that must find all of it. */
public final class PersonalDataFixtures {

    private PersonalDataFixtures() {}

    /** What was stored, for tests that aim at it by id. */
    public record Stored(UUID redFlagEvent, UUID keptResult) {}

    /**
     * Verifies the person's address if need be, and records these consents, a red-flag screen, a kept self-check
     * result, a tracked day, timer settings and a break, and a course enrolment for the person,
     * and waits until the course's confirmation mail has left the outbox (so a mail changing from waiting to sent
     * does not look like a change the test made).
     */
    public static Stored everywhere(ApplicationContext app, AccountView person, Map<ConsentKind, Boolean> consents) {
        // Health answers are kept only for an address the person has proved.
        AccountFixtures.verified(app.getBean(org.glutecoach.identity.IdentityService.class), person);
        app.getBean(PrivacyService.class).decide(person.id(), consents);
        var selfCheck = app.getBean(SelfCheckService.class);
        var answers = SelfCheckFixtures.with(SelfCheckFixtures.clearAnswers(), "U_FEVER", "YES");
        var redFlagEvent = selfCheck.recordRedFlagShown(
                selfCheck.evaluate(new EvaluateAnswers(answers)),
                answers,
                person.id().value());
        var result = app.getBean(SelfCheckResults.class).keep(person.id(), SelfCheckFixtures.deskWorkerAnswers());
        var tracker = app.getBean(TrackerService.class);
        tracker.log(
                person.id(),
                tracker.personalDay(person.id()).today(),
                new EntryInput(
                        "7.5",
                        "90",
                        "2",
                        "4",
                        "0",
                        null,
                        false,
                        List.of("WALLET_IN_BACK_POCKET"),
                        false,
                        false,
                        "a day at the desk"),
                false);
        var timer = app.getBean(TimerService.class);
        timer.recordBreaks(
                person.id(),
                List.of(new RecordBreak(
                        UUID.randomUUID(), "taken", java.time.Instant.now().minusSeconds(60))));
        timer.changeSettings(
                person.id(),
                new ChangeTimerSettings(
                        45, 3, "08:00", "16:00", java.util.Set.of(java.time.DayOfWeek.MONDAY), true, false));
        app.getBean(CourseService.class)
                .enrol(person.email(), LocalTime.of(7, 30), ZoneId.of("Europe/London"), person.id());
        MailServer.awaitMailTo(person.email(), "Please confirm: start the free mini course");
        MailServer.awaitOutboxSent(app.getBean(JdbcTemplate.class), person.email());
        return new Stored(redFlagEvent, result.id());
    }
}
