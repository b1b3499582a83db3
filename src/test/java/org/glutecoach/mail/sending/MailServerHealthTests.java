package org.glutecoach.mail.sending;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.health.contributor.Status;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The mail health check: nothing to probe without a host, and a hanging server costs under a second. */
class MailServerHealthTests {

    @Test
    void withNoSmtpHostThereIsNothingToProbe() {
        var health = new MailServerHealth(settings(""), senderFor(1)).health();
        assertThat(health.getStatus()).isEqualTo(Status.UNKNOWN);
    }

    @Test
    void aServerThatAcceptsButNeverAnswersIsDownWithinASecond() throws IOException {
        var accepted = Collections.synchronizedList(new ArrayList<Socket>());
        try (var hanging = new ServerSocket(0)) {
            var acceptor = new Thread(() -> acceptForever(hanging, accepted));
            acceptor.setDaemon(true);
            acceptor.start();
            var started = System.nanoTime();
            var health = new MailServerHealth(settings("localhost"), senderFor(hanging.getLocalPort())).health();
            var took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(took).isLessThan(Duration.ofSeconds(1));
            acceptor.interrupt();
        } finally {
            for (var socket : accepted) {
                socket.close();
            }
        }
    }

    @Test
    void aServerThatIsNotThereIsDown() throws IOException {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var health = new MailServerHealth(settings("localhost"), senderFor(closedPort)).health();
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    }

    private static void acceptForever(ServerSocket server, List<Socket> accepted) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                accepted.add(server.accept());
            }
        } catch (IOException closed) {
            // the test is over
        }
    }

    private static MailSettings settings(String host) {
        return new MailSettings(
                "Glute Coach <no-reply@localhost>", Duration.ofSeconds(2), 100, Duration.ofSeconds(30), 3, host);
    }

    /** A sender like the relay's, with its long time-outs (the check must not use them). */
    private static ObjectProvider<JavaMailSenderImpl> senderFor(int port) {
        var sender = new JavaMailSenderImpl();
        sender.setHost("localhost");
        sender.setPort(port);
        var properties = new Properties();
        properties.setProperty("mail.smtp.connectiontimeout", "5000");
        properties.setProperty("mail.smtp.timeout", "10000");
        sender.setJavaMailProperties(properties);
        var beans = new StaticListableBeanFactory();
        beans.addBean("mailSender", sender);
        return beans.getBeanProvider(JavaMailSenderImpl.class);
    }
}
