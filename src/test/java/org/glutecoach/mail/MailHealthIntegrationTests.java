package org.glutecoach.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.glutecoach.support.IntegrationTest;
import org.glutecoach.support.MailServer;
import org.glutecoach.support.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Mail has its own health group: a mail outage shows there, while {@code /actuator/health} and the probes a load
 * balancer reads stay UP (the app still serves, and mail waits in the outbox).
 */
@IntegrationTest
class MailHealthIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void mailIsReportedInItsOwnGroup() {
        var visitor = Visitor.at(port);
        assertThat(visitor.get("/actuator/health/mail").statusCode()).isEqualTo(200);
        assertThat(visitor.get("/actuator/health/mail").body()).contains("\"UP\"");
        assertThat(visitor.get("/actuator/health").body()).contains("\"UP\"");
    }

    @Test
    void aMailOutageLeavesTheAppHealthyAndReady() {
        var visitor = Visitor.at(port);
        MailServer.outage(() -> {
            var started = System.nanoTime();
            var mail = visitor.get("/actuator/health/mail");
            // A guard against hanging on a dead server (no timeouts would wait for minutes), not a speed target:
            // the check gives up after its short connection timeout, and a busy CI machine adds seconds.
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
            assertThat(mail.statusCode()).isEqualTo(503);
            assertThat(mail.body()).contains("\"DOWN\"");

            var overall = visitor.get("/actuator/health");
            assertThat(overall.statusCode()).isEqualTo(200);
            assertThat(overall.body()).contains("\"UP\"");
            assertThat(visitor.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
            assertThat(visitor.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
        });
    }
}
