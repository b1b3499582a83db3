package org.glutecoach.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.glutecoach.selfcheck.SelfCheckService;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.ClusterInstance;
import org.glutecoach.support.MailServer;
import org.glutecoach.support.PostgresServer;
import org.glutecoach.support.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two app instances on one PostgreSQL database share one count: an attacker who spreads tries over the instances
 * (as a load balancer does) gets no more of them than from one.
 */
class SignInLimitClusterIntegrationTests {

    @Test
    void twoInstancesCountOneAttackerOnce() {
        MailServer.ensureStarted();
        var database = PostgresServer.newDatabase();
        try (var first = instance(database);
                var second = instance(database)) {
            var person = AccountFixtures.aPerson(first.getBean(IdentityService.class));
            var ports = new int[] {port(first), port(second)};
            for (var i = 0; i < 5; i++) {
                var answer = Visitor.at(ports[i % 2]).signIn(person.email(), "a guess " + i);
                assertThat(location(answer)).endsWith("/sign-in?error");
            }
            for (var port : ports) {
                assertThat(location(Visitor.at(port).signIn(person.email(), AccountFixtures.PASSWORD)))
                        .as("instance on " + port)
                        .endsWith("/sign-in?wait");
            }

            // Sign-ups from one client IP: two an hour here, wherever they land.
            for (var i = 0; i < 3; i++) {
                var visitor = Visitor.at(ports[i % 2]);
                visitor.get("/sign-up");
                var answer = visitor.post(
                        "/sign-up",
                        Map.of("email", AccountFixtures.uniqueEmail(), "password", AccountFixtures.PASSWORD));
                assertThat(answer.statusCode()).as("sign-up " + i).isEqualTo(i < 2 ? 302 : 429);
            }

            // Course enrolments from one client IP (past the short screen, with no flag): two an hour as well.
            var screen = first.getBean(SelfCheckService.class).shortScreenQuestions();
            for (var i = 0; i < 3; i++) {
                var visitor = Visitor.at(ports[i % 2]);
                visitor.get("/course");
                var form = new HashMap<String, String>(Map.of(
                        "email",
                        AccountFixtures.uniqueEmail(),
                        "time",
                        "07:30",
                        "timeZone",
                        "Europe/London",
                        "screened",
                        "yes"));
                screen.forEach(question -> form.put(question.id(), question.id().equals("AGE") ? "40" : "NO"));
                assertThat(visitor.post("/course/enrol", form).statusCode())
                        .as("enrolment " + i)
                        .isEqualTo(i < 2 ? 302 : 429);
            }
        }
    }

    private static int port(ConfigurableApplicationContext app) {
        return ClusterInstance.port(app);
    }

    private static String location(java.net.http.HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("(no redirect: " + response.statusCode() + ")");
    }

    private static ConfigurableApplicationContext instance(String database) {
        return ClusterInstance.start(database, "--glutecoach.limits.sign-ups-per-ip=2");
    }
}
