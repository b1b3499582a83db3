package org.glutecoach.support;

import java.util.ArrayList;
import java.util.List;
import org.glutecoach.GluteCoachApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One more instance of the whole app on a PostgreSQL database of {@link PostgresServer}, on a port of its own, for
 * the tests of what instances behind a load balancer share (sessions, limits, the outbox, the course's sending).
 * Close it (try-with-resources) when done.
 */
public final class ClusterInstance {

    private ClusterInstance() {}

    /** Starts an instance on the database, with these settings ({@code --name=value}) on top of the tests' own. */
    public static ConfigurableApplicationContext start(String database, String... settings) {
        var args = new ArrayList<>(List.of(
                "--server.port=0",
                "--GLUTECOACH_DB_URL=" + database,
                "--GLUTECOACH_DB_USER=" + PostgresServer.USER,
                "--GLUTECOACH_DB_PASSWORD=" + PostgresServer.PASSWORD,
                "--spring.jmx.enabled=false"));
        args.addAll(List.of(settings));
        return new SpringApplicationBuilder(GluteCoachApplication.class)
                .profiles("test", "postgres")
                .run(args.toArray(String[]::new));
    }

    /** The port the instance answers on. */
    public static int port(ConfigurableApplicationContext instance) {
        return Integer.parseInt(instance.getEnvironment().getRequiredProperty("local.server.port"));
    }
}
