package org.glutecoach.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Map;
import java.util.regex.Pattern;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.identity.account.TwoStepSignIn;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.IntegrationTest;
import org.glutecoach.support.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The account page's security settings over real HTTP: where one is signed in (browser and device), two-step
 * set-up on a phone (the otpauth link), new recovery codes, and time zones stored before the list was trimmed.
 */
@IntegrationTest
class AccountSecuritySettingsIntegrationTests {

    private static final String FIREFOX_ON_WINDOWS =
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";
    private static final Pattern RECOVERY = Pattern.compile("<code>([a-z2-9]{4}-[a-z2-9]{4})</code>");

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    TwoStepSignIn twoStep;

    @Autowired
    JdbcClient jdbc;

    @Test
    void whereYouAreSignedInNamesTheBrowserAndDevice() {
        var person = AccountFixtures.aPerson(identity);
        var phone = Visitor.at(port);
        phone.get("/sign-in");
        phone.post(
                "/sign-in",
                Map.of("email", person.email(), "password", AccountFixtures.PASSWORD),
                Map.of(
                        "User-Agent",
                        "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 "
                                + "(KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1"));
        var desk = Visitor.at(port);
        desk.get("/sign-in");
        desk.post(
                "/sign-in",
                Map.of("email", person.email(), "password", AccountFixtures.PASSWORD),
                Map.of("User-Agent", FIREFOX_ON_WINDOWS));
        var page = desk.get("/account").body();
        assertThat(page).contains("Browser and device", "Firefox on Windows computer", "Safari on iPhone");
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM identity_http_sessions_attributes a JOIN identity_http_sessions s
                ON s.primary_id = a.session_primary_id WHERE s.principal_name = ? AND a.attribute_name = ?""")
                        .params(person.email(), "glutecoach.device")
                        .query(Integer.class)
                        .single())
                .as("kept with the session")
                .isEqualTo(2);
    }

    @Test
    void theSetUpPageLinksToTheAuthenticatorAppAndNewRecoveryCodesEndTheOldOnes() {
        var person = AccountFixtures.aPerson(identity);
        var visitor = Visitor.at(port);
        visitor.signIn(person.email(), AccountFixtures.PASSWORD);
        var setUp = visitor.get("/account/two-step").body();
        var secret = TwoStepIntegrationTests.secretIn(setUp);
        assertThat(setUp).contains("id=\"otpauth-link\" href=\"otpauth://totp/", "secret=" + secret);
        var oldCodes =
                codesIn(visitor.post("/account/two-step", Map.of("code", TwoStepIntegrationTests.currentCode(secret)))
                        .body());
        assertThat(oldCodes).hasSize(10);

        visitor.get("/account/two-step");
        var wrong = visitor.post("/account/two-step/recovery-codes", Map.of("proof", "not my password at all"));
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.body()).contains("id=\"proof-error\"", "aria-describedby=\"proof-hint proof-error\"");

        var renewed = visitor.post("/account/two-step/recovery-codes", Map.of("proof", AccountFixtures.PASSWORD));
        assertThat(renewed.statusCode()).isEqualTo(200);
        var newCodes = codesIn(renewed.body());
        assertThat(newCodes).hasSize(10).doesNotContainAnyElementsOf(oldCodes);
        assertThat(twoStep.passSecondStep(person.id(), oldCodes.get(0)))
                .as("old codes stop working")
                .isFalse();
        assertThat(twoStep.passSecondStep(person.id(), newCodes.get(0))).isTrue();
        assertThat(visitor.get("/account/activity").body())
                .contains("New recovery codes made (the old ones stopped working)");
    }

    @Test
    void aZoneStoredBeforeTheListWasTrimmedIsShownAndKept() {
        var person = AccountFixtures.aPerson(identity);
        jdbc.sql("UPDATE identity_accounts SET time_zone = 'US/Eastern' WHERE id = ?")
                .param(person.id().value())
                .update();
        var visitor = Visitor.at(port);
        visitor.signIn(person.email(), AccountFixtures.PASSWORD);
        var page = visitor.get("/account").body();
        assertThat(page)
                .contains(
                        "value=\"US/Eastern\" selected=\"selected\"",
                        "<optgroup label=\"Europe\">",
                        "<option value=\"Europe/London\">London</option>")
                .doesNotContain("value=\"GB\"", "value=\"Asia/Calcutta\"", "value=\"US/Pacific\"");
        assertThat(visitor.post("/account/preferences", Map.of("displayName", "Sam", "timeZone", "US/Eastern"))
                        .statusCode())
                .isLessThan(400);
        assertThat(identity.findAccount(person.id()).orElseThrow().timeZone().getId())
                .isEqualTo("US/Eastern");
    }

    private static java.util.List<String> codesIn(String page) {
        var codes = new ArrayList<String>();
        var matcher = RECOVERY.matcher(page);
        while (matcher.find()) {
            codes.add(matcher.group(1));
        }
        return codes;
    }
}
