package org.glutecoach.tracker.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.glutecoach.identity.AccountView;
import org.glutecoach.identity.ChangePreferences;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.identity.account.Registrations;
import org.glutecoach.privacy.ConsentKind;
import org.glutecoach.privacy.ConsentRecord;
import org.glutecoach.privacy.PrivacyService;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.ClockedIntegrationTest;
import org.glutecoach.support.ContextBeans;
import org.glutecoach.support.MailServer;
import org.glutecoach.support.MutableClock;
import org.glutecoach.support.Visitor;
import org.glutecoach.tracker.EntryInput;
import org.glutecoach.tracker.TrackerService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The daily reminder with mail through a real SMTP server and the test's clock: switched on with its consent on
 * the reminder page, one mail at the chosen time with a one-click unsubscribe that works without signing in, none
 * on a day already logged, none twice for a day, and none once unsubscribed.
 */
@ClockedIntegrationTest(
        properties = {"glutecoach.tracker.reminders.send-interval=1h", "glutecoach.test.database=tracker-reminders"})
class DailyReminderIntegrationTests {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String SUBJECT = "A reminder to log your day";

    @LocalServerPort
    int port;

    @Autowired
    DailyReminders reminders;

    @Autowired
    TrackerService tracker;

    @Autowired
    IdentityService identity;

    @Autowired
    PrivacyService privacy;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Test
    void oneMailAtTheChosenTimeNoneOnALoggedDayNoneTwiceAndTheOneClickUnsubscribeStopsThem() throws Exception {
        clock.set(Instant.parse("2026-11-30T10:00:00Z"));
        var person = londoner();
        var visitor = Visitor.at(port);
        visitor.signIn(person.email(), AccountFixtures.PASSWORD);

        assertThat(visitor.get("/tracker").body()).contains("href=\"/tracker/reminder\"");
        assertThat(visitor.get("/tracker/reminder").body())
                .contains("Your reminder is off.", "Yes, send me a daily reminder email");
        var withoutConsent = visitor.post("/tracker/reminder", Map.of("time", "20:00"));
        assertThat(withoutConsent.statusCode()).isEqualTo(422);
        assertThat(withoutConsent.body())
                .contains(
                        "To get the reminder, tick the box to say yes to reminder emails.",
                        "id=\"reminderEmails-error\"");
        var badTime = visitor.post("/tracker/reminder", Map.of("time", "8 at night", "reminderEmails", "true"));
        assertThat(badTime.statusCode()).isEqualTo(422);
        assertThat(badTime.body()).contains("Enter a time of day, such as 20:00.");
        assertThat(privacy.hasConsent(person.id(), ConsentKind.REMINDER_EMAILS))
                .as("no consent recorded with a bad time")
                .isFalse();

        var switchedOn = visitor.post("/tracker/reminder", Map.of("time", "20:00", "reminderEmails", "true"));
        assertThat(switchedOn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/tracker/reminder?saved"));
        assertThat(visitor.get("/tracker/reminder?saved").body())
                .contains("Your reminder is on. It comes at 20:00 each day, Europe/London time.");
        assertThat(privacy.history(person.id()))
                .extracting(ConsentRecord::kind, ConsentRecord::given)
                .contains(org.assertj.core.groups.Tuple.tuple(ConsentKind.REMINDER_EMAILS, true));

        clock.set(Instant.parse("2026-11-30T19:59:00Z"));
        assertThat(reminders.sendDue()).as("not before 20:00").isZero();
        clock.set(Instant.parse("2026-11-30T20:00:30Z"));
        assertThat(reminders.sendDue()).as("at 20:00").isEqualTo(1);
        assertThat(reminders.sendDue()).as("not twice").isZero();
        var mail = MailServer.awaitMailTo(person.email(), SUBJECT);
        assertThat(MailServer.text(mail))
                .contains("Log today: http://localhost:" + port + "/tracker", "When to get help at once", "Call 999");
        var unsubscribe = mail.getHeader("List-Unsubscribe")[0].replaceAll("[<>]", "");
        assertThat(unsubscribe).startsWith("http://localhost:" + port + "/tracker/reminder/stop?k=");
        assertThat(mail.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(MailServer.text(mail)).contains("Stop these reminders: " + unsubscribe);
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO tracker_reminder_mails (id, account_id, reminder_date, unsubscribe_key_hash, sent_at)
                VALUES (?, ?, DATE '2026-11-30', 'another', CURRENT_TIMESTAMP)""")
                        .params(UUID.randomUUID(), person.id().value())
                        .update())
                .as("the database holds one reminder per person and day")
                .isInstanceOf(DataIntegrityViolationException.class);

        clock.set(Instant.parse("2026-12-01T12:00:00Z"));
        tracker.log(person.id(), tracker.personalDay(person.id()).today(), aDay(), true);
        clock.set(Instant.parse("2026-12-01T20:01:00Z"));
        assertThat(reminders.sendDue()).as("1 December is logged already").isZero();

        clock.set(Instant.parse("2026-12-02T20:01:00Z"));
        assertThat(reminders.sendDue()).as("2 December is not").isEqualTo(1);
        MailServer.awaitMailsTo(person.email(), 3);

        // The stop page opens without signing in; a mail client's one-click POST has no cookies or CSRF token.
        var page = Visitor.at(port).get(unsubscribe.substring(unsubscribe.indexOf("/tracker")));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Stop the reminders");
        var oneClick = MailServer.unsubscribeInOneClick(unsubscribe);
        assertThat(oneClick.statusCode()).isEqualTo(200);
        assertThat(oneClick.body()).contains("We will not send you any more reminder emails.");
        assertThat(privacy.hasConsent(person.id(), ConsentKind.REMINDER_EMAILS)).isFalse();
        assertThat(reminders.reminder(person.id()).on()).isFalse();

        clock.set(Instant.parse("2026-12-03T20:01:00Z"));
        assertThat(reminders.sendDue()).as("unsubscribed").isZero();
        assertThat(Visitor.at(port).get("/tracker/reminder/stop?k=not-a-key").statusCode())
                .isEqualTo(404);
        await().during(Duration.ofMillis(500))
                .atMost(Duration.ofSeconds(2))
                .untilAsserted(() -> assertThat(MailServer.mailsTo(person.email()))
                        .as("the address check and two reminders")
                        .extracting(MailServer::subject)
                        .containsExactly("Please confirm your email address", SUBJECT, SUBJECT));
    }

    @Test
    void withdrawingTheConsentStopsTheRemindersAndTheyAreInTheExportAndGoWithTheAccount() {
        clock.set(Instant.parse("2026-11-30T10:00:00Z"));
        var person = londoner();
        reminders.remindAt(person.id(), "07:30", true);
        clock.set(Instant.parse("2026-12-01T07:31:00Z"));
        assertThat(reminders.sendDue()).isEqualTo(1);
        assertThat(reminders.export(person.id()))
                .containsEntry("time", "07:30")
                .containsEntry("sentFor", List.of("2026-12-01"));

        privacy.decide(person.id(), Map.of(ConsentKind.REMINDER_EMAILS, false));
        assertThat(reminders.reminder(person.id()).on()).isFalse();
        clock.set(Instant.parse("2026-12-02T07:31:00Z"));
        assertThat(reminders.sendDue()).isZero();

        reminders.remindAt(person.id(), "07:30", true);
        identity.deleteAccount(person.id(), AccountFixtures.PASSWORD);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM tracker_reminders WHERE account_id = ?")
                        .param(person.id().value())
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM tracker_reminder_mails WHERE account_id = ?")
                        .param(person.id().value())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    private AccountView londoner() {
        var person = AccountFixtures.aVerifiedPerson(identity);
        ContextBeans.of(identity, Registrations.class)
                .changePreferences(person.id(), new ChangePreferences(null, LONDON));
        return person;
    }

    private static EntryInput aDay() {
        return new EntryInput("7", "60", "2", "3", "3", null, false, List.of(), false, false, null);
    }
}
