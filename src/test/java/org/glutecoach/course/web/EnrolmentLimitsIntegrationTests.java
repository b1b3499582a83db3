package org.glutecoach.course.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.glutecoach.selfcheck.SelfCheckService;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.IntegrationTest;
import org.glutecoach.support.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Enrolment cannot be used to flood an address with mail (a probe sent 8,140 mails to one address in 10 s): one
 * recipient gets at most three confirmation mails a day, whoever asks, and every asker gets the same answer.
 */
@IntegrationTest
class EnrolmentLimitsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SelfCheckService selfCheck;

    @Test
    void anAddressGetsAtMostThreeConfirmationMailsADayAndEveryAskerTheSameAnswer() {
        var email = AccountFixtures.uniqueEmail();
        for (var i = 0; i < 8; i++) {
            var visitor = Visitor.at(port);
            visitor.get("/course");
            // Upper case and full-width letters are the same address, so the same count.
            var typed = i % 3 == 0 ? email.toUpperCase() : i % 3 == 1 ? fullWidth(email) : email;
            var form = new LinkedHashMap<String, String>(
                    Map.of("email", typed, "time", "07:30", "timeZone", "Europe/London", "screened", "yes"));
            // Past the red-flag screen with no flag: the step that enrols and mails.
            selfCheck
                    .shortScreenQuestions()
                    .forEach(question -> form.put(question.id(), question.id().equals("AGE") ? "40" : "NO"));
            var answer = visitor.post("/course/enrol", form);
            assertThat(answer.headers().firstValue("Location"))
                    .as("answer " + i)
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/course/enrolled"));
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?")
                        .param(email)
                        .query(Integer.class)
                        .single())
                .isEqualTo(3);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM course_enrolments WHERE email = ?")
                        .param(email)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    private static String fullWidth(String ascii) {
        var wide = new StringBuilder();
        ascii.chars().forEach(c -> wide.append(c > 0x20 && c < 0x7F ? (char) (c + 0xFEE0) : (char) c));
        return wide.toString();
    }
}
