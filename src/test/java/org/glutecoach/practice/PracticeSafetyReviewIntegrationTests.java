package org.glutecoach.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.glutecoach.identity.AccountView;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.identity.RegisterAccount;
import org.glutecoach.practice.staff.StaffService;
import org.glutecoach.selfcheck.SelfCheckService;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.MailServer;
import org.glutecoach.support.StaffFixtures;
import org.glutecoach.support.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import testing.FailingPages;

/**
 * The owner's week-by-week look at red-flag screens and call taps, on a database of its own (so the counts are only
 * the events seeded here, and no owner exists before): the owner sees counts that match; a person and a therapist
 * get 403. This practice has no email address, so "report a problem" says how else to reach it.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:practice-safety;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "glutecoach.practice.email="
        })
@ActiveProfiles("test")
@Import({FailingPages.class, MailServer.Running.class})
class PracticeSafetyReviewIntegrationTests {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    StaffService staff;

    @Autowired
    SelfCheckService selfCheck;

    @Autowired
    PracticeService practice;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theOwnerSeesScreensAndCallTapsPerWeekAndNoOneElseDoes() {
        var thisMonday = LocalDate.now(UK).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        var twoWeeksAgo = thisMonday.minusWeeks(2);
        var fiveWeeksAgo = thisMonday.minusWeeks(5);
        seed(twoWeeksAgo.plusDays(1), "EMERGENCY", true);
        seed(twoWeeksAgo.plusDays(2), "EMERGENCY", false);
        seed(twoWeeksAgo.plusDays(6), "URGENT", true);
        seed(fiveWeeksAgo, "SOON", false);
        seed(fiveWeeksAgo.plusDays(3), "SOON", false);
        seed(fiveWeeksAgo.plusDays(4), "SOON", false);
        seed(thisMonday.minusWeeks(12), "EMERGENCY", true); // one week too old to show

        var owner = signedInWithTwoStep(staff.setUpOwner(
                staff.issueOwnerSetUpLink().orElseThrow(),
                new RegisterAccount(AccountFixtures.uniqueEmail(), AccountFixtures.PASSWORD),
                "Jo"));
        var page = owner.get("/practice/red-flags");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(row(page.body(), twoWeeksAgo)).containsExactly("2", "1", "0", "2");
        assertThat(row(page.body(), fiveWeeksAgo)).containsExactly("0", "0", "3", "0");
        assertThat(row(page.body(), thisMonday.minusWeeks(11))).containsExactly("0", "0", "0", "0");
        assertThat(page.body())
                .as("the ISO week's label, its year without a thousands separator")
                .contains(">%d-W%02d (from "
                        .formatted(
                                thisMonday.get(IsoFields.WEEK_BASED_YEAR),
                                thisMonday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
        assertThat(page.body()).doesNotContain("id=\"" + weekId(thisMonday.minusWeeks(12)) + "\"");
        assertThat(selfCheck.redFlagWeeks(12))
                .hasSize(12)
                .last()
                .satisfies(w -> assertThat(w.monday()).isEqualTo(thisMonday));
        assertThat(owner.get("/dashboard").body()).contains("href=\"/practice/red-flags\"");

        var person = Visitor.at(port);
        person.signIn(AccountFixtures.aPerson(identity).email(), AccountFixtures.PASSWORD);
        assertThat(person.get("/practice/red-flags").statusCode()).isEqualTo(403);

        var therapistEmail = AccountFixtures.uniqueEmail();
        staff.inviteTherapist(identity.therapists().get(0).id(), therapistEmail);
        var link = MailServer.link(
                MailServer.awaitMailTo(therapistEmail, "You are invited to join the practice on Glute Coach"));
        var therapist = staff.acceptInvitation(
                link.substring(link.indexOf("/invite/") + "/invite/".length()), AccountFixtures.PASSWORD, "Sam");
        assertThat(signedInWithTwoStep(therapist).get("/practice/red-flags").statusCode())
                .isEqualTo(403);
        assertThat(Visitor.at(port).get("/practice/red-flags").statusCode())
                .as("signed out: to sign in")
                .isEqualTo(302);
    }

    @Test
    void withoutAPracticeEmailTheReportPageSaysHowElseToReachThePractice() {
        var page = Visitor.at(port).get("/practice/report-a-problem?about=lesson-4");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("has not set an email address for reports", "You can phone them instead")
                .contains("href=\"tel:02079460000\"", "Call 020 7946 0000", "href=\"/practice/contact\"")
                .doesNotContain("name=\"message\"");
    }

    @Test
    void withoutAPracticeEmailOrPhoneTheReportPageNeverSaysToPhone() {
        var before = practice.contact();
        var someone = AccountFixtures.aPerson(identity).id();
        try {
            practice.changeContact(someone, new ChangePracticeDetails(before.name(), null, null, "1 High Street"));
            var named = Visitor.at(port).get("/practice/report-a-problem").body();
            assertThat(named)
                    .contains("has not set an email address or a phone number", "href=\"/practice/contact\"")
                    .doesNotContain("phone them", "tel:", "name=\"message\"");

            practice.changeContact(someone, new ChangePracticeDetails(before.name(), null, null, null));
            assertThat(Visitor.at(port).get("/practice/report-a-problem").body())
                    .as("no phone and no address: no link to a contact page without a way to reach them")
                    .contains("has not set an email address or a phone number")
                    .doesNotContain("phone them", "href=\"/practice/contact\"");
        } finally {
            practice.changeContact(
                    someone, new ChangePracticeDetails(before.name(), before.phone(), null, before.address()));
        }
    }

    private void seed(LocalDate day, String tier, boolean tapped) {
        var at = Timestamp.from(day.atTime(12, 0).atZone(UK).toInstant());
        jdbc.sql("""
                INSERT INTO selfcheck_red_flag_events (id, account_id, shown_at, question_set_version, tier,
                    triggered_ids, answers, action_shown, user_tapped_call, version, created_at, updated_at)
                VALUES (?, NULL, ?, 'test', ?, 'X', '{}', ?, ?, 0, ?, ?)""")
                .params(UUID.randomUUID(), at, tier, tier.equals("SOON") ? "bookGp2w" : "call999", tapped, at, at)
                .update();
    }

    /** The four counts of a week's row: 999 screens, 111 screens, GP within 2 weeks, calls tapped. */
    private static List<String> row(String html, LocalDate monday) {
        var start = html.indexOf("id=\"" + weekId(monday) + "\"");
        assertThat(start).as("a row for the week of " + monday).isPositive();
        var cells = Pattern.compile("<td[^>]*>(\\d+)</td>").matcher(html.substring(start));
        var counts = new ArrayList<String>();
        while (counts.size() < 4 && cells.find()) {
            counts.add(cells.group(1));
        }
        return counts;
    }

    private static String weekId(LocalDate monday) {
        return "week-" + monday.get(IsoFields.WEEK_BASED_YEAR) + "-" + monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    private Visitor signedInWithTwoStep(AccountView account) {
        return StaffFixtures.signedInWithRecoveryCode(identity, port, account);
    }
}
