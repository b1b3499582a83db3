package org.glutecoach.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.ClusterInstance;
import org.glutecoach.support.PostgresServer;
import org.glutecoach.support.Visitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two app instances that share nothing but one PostgreSQL database, as behind a load balancer: a sign-in made on
 * one is valid on the other, and signing out on either ends it on both.
 */
class SharedSessionIntegrationTests {

    static ConfigurableApplicationContext first;
    static ConfigurableApplicationContext second;

    @BeforeAll
    static void startTwoInstances() {
        var database = PostgresServer.newDatabase();
        first = instance(database);
        second = instance(database);
    }

    @AfterAll
    static void stopThem() {
        second.close();
        first.close();
    }

    @Test
    void aSessionMadeOnOneInstanceIsValidOnTheOther() {
        var account = AccountFixtures.aPerson(first.getBean(IdentityService.class));
        var visitor = Visitor.at(port(first));
        assertThat(visitor.signIn(account.email(), AccountFixtures.PASSWORD).statusCode())
                .isEqualTo(302);

        var onSecond = visitor.switchTo(port(second)).get("/account");
        assertThat(onSecond.statusCode()).isEqualTo(200);
        assertThat(onSecond.body()).contains("You are signed in as " + account.email());
    }

    @Test
    void signingOutOnOneInstanceEndsTheSessionOnBoth() {
        var account = AccountFixtures.aPerson(second.getBean(IdentityService.class));
        var visitor = Visitor.at(port(second));
        visitor.signIn(account.email(), AccountFixtures.PASSWORD);
        visitor.switchTo(port(first)).get("/account");
        visitor.post("/sign-out", Map.of());

        assertThat(visitor.switchTo(port(second)).get("/account").statusCode()).isEqualTo(302);
    }

    private static ConfigurableApplicationContext instance(String database) {
        return ClusterInstance.start(database);
    }

    private static int port(ConfigurableApplicationContext context) {
        return ClusterInstance.port(context);
    }
}
