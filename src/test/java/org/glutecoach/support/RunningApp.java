package org.glutecoach.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.glutecoach.GluteCoachApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Glute Coach started as {@code java -jar} starts it, for journeys that must see what a newcomer sees: no test
 * profile and no test settings, the embedded database in a fresh data folder, sessions in that database, a real
 * port chosen at start (and so the base address links are made with), and no mail server. Only the port (0, a free
 * one) and the data folder are given. One instance per test run, started on first use.
 *
 * <p>{@link IntegrationTest} differs from this on purpose (in-memory database, GreenMail always there, fast relay
 * and scheduler, a raised sign-in limit, test-only pages); docs/testing.md lists the differences.
 */
public final class RunningApp {

    private static RunningApp withoutMail;

    private final ConfigurableApplicationContext context;

    private RunningApp(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** The app with every setting at its default: no SMTP host, so mail is kept and written to the log. */
    public static synchronized RunningApp withoutMailServer() {
        if (withoutMail == null) {
            withoutMail = new RunningApp(new SpringApplicationBuilder(GluteCoachApplication.class)
                    .run("--server.port=0", "--glutecoach.data-dir=" + freshFolder(), "--spring.jmx.enabled=false"));
            Runtime.getRuntime().addShutdownHook(new Thread(withoutMail.context::close));
        }
        return withoutMail;
    }

    public int port() {
        return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
    }

    /** The address as a browser on this machine reaches it. */
    public String url(String path) {
        return "http://localhost:" + port() + path;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    private static String freshFolder() {
        try {
            return Files.createTempDirectory("glute-running-app").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
