package org.glutecoach.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import javax.sql.DataSource;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.identity.account.Passwords;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.IntegrationTest;
import org.glutecoach.support.MailServer;
import org.glutecoach.support.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The attacks on the sign-in, sign-up and reset limits found in a probe of the running app (issue 13), each
 * over real HTTP: a full-width address as a fresh count, locking the owner out, mails without end to one
 * address, a remember-me cookie for 68 years, a 500 from two sign-ups at once, and a reset that answered more
 * slowly for known addresses.
 */
@IntegrationTest
class SignInLimitsIntegrationTests {

    private static final String SOMEONE_TRIED = "Someone tried to create an account with your address";
    private static final String UNDER_ATTACK = "Someone is trying to sign in to your account";

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    Passwords passwords;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void aFullWidthAddressCountsAgainstTheSameAccount() {
        var person = AccountFixtures.aPerson(identity);
        for (var i = 0; i < SignInThrottle.TRIES; i++) {
            var typed = i % 2 == 0 ? fullWidth(person.email()) : person.email().toUpperCase();
            assertThat(location(Visitor.at(port).signIn(typed, "wrong password " + i)))
                    .endsWith("/sign-in?error");
        }
        assertThat(location(Visitor.at(port).signIn(person.email(), AccountFixtures.PASSWORD)))
                .endsWith("/sign-in?wait");
        assertThat(location(Visitor.at(port).signIn(fullWidth(person.email()), AccountFixtures.PASSWORD)))
                .endsWith("/sign-in?wait");
    }

    @Test
    void failuresFromElsewhereDoNotLockTheOwnerOutOfADeviceTheySignedInFromBefore() {
        var person = AccountFixtures.aPerson(identity);
        var owner = Visitor.at(port);
        assertThat(location(owner.signIn(person.email(), AccountFixtures.PASSWORD)))
                .doesNotContain("/sign-in");
        assertThat(owner.cookie(RememberedDevices.COOKIE)).isPresent();
        signOut(owner);

        for (var i = 0; i < SignInThrottle.TRIES + 3; i++) {
            Visitor.at(port).signIn(person.email(), "an attacker's guess " + i);
        }
        assertThat(location(Visitor.at(port).signIn(person.email(), AccountFixtures.PASSWORD)))
                .as("a new device waits")
                .endsWith("/sign-in?wait");
        assertThat(location(owner.signIn(person.email(), AccountFixtures.PASSWORD)))
                .as("the owner's device gets in")
                .doesNotContain("/sign-in");
    }

    @Test
    void aRememberedDeviceStillHasALimitOfItsOwn() {
        var person = AccountFixtures.aPerson(identity);
        var device = Visitor.at(port);
        device.signIn(person.email(), AccountFixtures.PASSWORD);
        signOut(device);
        for (var i = 0; i < SignInThrottle.TRIES; i++) {
            assertThat(location(device.signIn(person.email(), "wrong again " + i)))
                    .endsWith("/sign-in?error");
        }
        assertThat(location(device.signIn(person.email(), AccountFixtures.PASSWORD)))
                .endsWith("/sign-in?wait");
    }

    @Test
    void aDeviceCookieOfAnotherAccountOrAForgedOneCountsForNothing() {
        var victim = AccountFixtures.aPerson(identity);
        var attacker = AccountFixtures.aPerson(identity);
        var visitor = Visitor.at(port);
        visitor.signIn(attacker.email(), AccountFixtures.PASSWORD);
        signOut(visitor);
        for (var i = 0; i < SignInThrottle.TRIES; i++) {
            visitor.signIn(victim.email(), "a guess " + i);
        }
        assertThat(location(visitor.signIn(victim.email(), AccountFixtures.PASSWORD)))
                .endsWith("/sign-in?wait");
    }

    @Test
    void theOwnerIsWarnedByMailOncePerAttackNotPerTry() {
        var person = AccountFixtures.aPerson(identity);
        for (var i = 0; i < SignInThrottle.TRIES + 4; i++) {
            Visitor.at(port).signIn(person.email(), "guess number " + i);
        }
        var warning = MailServer.awaitMailTo(person.email(), UNDER_ATTACK);
        assertThat(MailServer.text(warning)).contains("/forgot-password");
        assertThat(outbox(person.email(), UNDER_ATTACK)).isEqualTo(1);
    }

    @Test
    void rememberMeLastsThirtyDaysAtMost() {
        var person = AccountFixtures.aPerson(identity);
        var visitor = Visitor.at(port);
        visitor.get("/sign-in");
        var signedIn = visitor.post(
                "/sign-in", Map.of("email", person.email(), "password", AccountFixtures.PASSWORD, "remember-me", "on"));
        var session = signedIn.headers().allValues("set-cookie").stream()
                .filter(c -> c.startsWith("SESSION="))
                .findFirst()
                .orElseThrow();
        var maxAge = Long.parseLong(session.replaceAll(".*Max-Age=(\\d+).*", "$1"));
        assertThat(Duration.ofSeconds(maxAge))
                .isGreaterThan(Duration.ofDays(1))
                .isLessThanOrEqualTo(Duration.ofDays(30));
    }

    @Test
    void aTakenAddressGetsAtMostThreeMailsADayWhoeverSignsUpWithIt() {
        var person = AccountFixtures.aPerson(identity);
        for (var i = 0; i < 6; i++) {
            var visitor = Visitor.at(port);
            visitor.get("/sign-up");
            var answer =
                    visitor.post("/sign-up", Map.of("email", person.email(), "password", "another long pass " + i));
            assertThat(location(answer)).as("the same answer every time").endsWith("/sign-up/check-email");
        }
        assertThat(outbox(person.email(), SOMEONE_TRIED)).isEqualTo(3);
    }

    @Test
    void simultaneousSignUpsOfOneFreeAddressAllGetTheUsualAnswer() throws Exception {
        // Several rounds: password hashing spreads the threads out, so one round may not meet in the gap.
        for (var round = 0; round < 4; round++) {
            var email = AccountFixtures.uniqueEmail();
            var answers = atOnce(
                    8,
                    () -> {
                        var visitor = Visitor.at(port);
                        visitor.get("/sign-up");
                        return visitor;
                    },
                    visitor -> visitor.post("/sign-up", Map.of("email", email, "password", AccountFixtures.PASSWORD)));
            for (var answer : answers) {
                assertThat(answer.statusCode()).isEqualTo(302);
                assertThat(location(answer)).endsWith("/sign-up/check-email");
            }
            assertThat(jdbc.sql("SELECT COUNT(*) FROM identity_accounts WHERE email = ?")
                            .param(email)
                            .query(Integer.class)
                            .single())
                    .isEqualTo(1);
        }
    }

    /** Prepares {@code count} visitors, then lets them all send at the same moment. */
    private static List<HttpResponse<String>> atOnce(
            int count, Callable<Visitor> prepare, Function<Visitor, HttpResponse<String>> send) throws Exception {
        var ready = new CountDownLatch(count);
        var go = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(count);
        try {
            var futures = new ArrayList<Future<HttpResponse<String>>>();
            for (var i = 0; i < count; i++) {
                futures.add(pool.submit(() -> {
                    var visitor = prepare.call();
                    ready.countDown();
                    go.await();
                    return send.apply(visitor);
                }));
            }
            ready.await();
            go.countDown();
            var answers = new ArrayList<HttpResponse<String>>();
            for (var future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void forgotPasswordAnswersWithoutWaitingForTheAccountsWork() throws SQLException {
        var person = AccountFixtures.aPerson(identity);
        passwords.requestPasswordReset(person.email());
        var visitor = Visitor.at(port);
        visitor.get("/forgot-password");
        long took;
        // Hold the account's reset link row: a known address's work (retiring earlier links) must wait for it.
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (var lock = connection.prepareStatement("SELECT id FROM identity_tokens WHERE account_id = ? "
                    + "AND purpose = 'RESET_PASSWORD' FOR UPDATE")) {
                lock.setObject(1, person.id().value());
                lock.executeQuery().close();
            }
            var started = System.nanoTime();
            var asked = visitor.post("/forgot-password", Map.of("email", person.email()));
            took = (System.nanoTime() - started) / 1_000_000;
            assertThat(location(asked)).endsWith("/forgot-password?sent");
            connection.rollback();
        }
        assertThat(took).as("ms to answer while the account's work is held up").isLessThan(1_000);
        assertThat(MailServer.awaitMailsTo(person.email(), 3)).hasSize(3);
    }

    static String fullWidth(String ascii) {
        var wide = new StringBuilder();
        ascii.chars().forEach(c -> wide.append(c > 0x20 && c < 0x7F ? (char) (c + 0xFEE0) : (char) c));
        return wide.toString();
    }

    private static void signOut(Visitor visitor) {
        visitor.get("/sign-in");
        visitor.post("/sign-out", Map.of());
    }

    private int outbox(String recipient, String subject) {
        return jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ? AND subject = ?")
                .params(recipient, subject)
                .query(Integer.class)
                .single();
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("(no redirect: " + response.statusCode() + ")");
    }
}
