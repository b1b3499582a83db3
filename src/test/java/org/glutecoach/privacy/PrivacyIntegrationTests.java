package org.glutecoach.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.ApiClient;
import org.glutecoach.support.IntegrationTest;
import org.glutecoach.support.MailServer;
import org.glutecoach.support.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/** Consents as an append-only history, and the export, through the pages and the API. */
@IntegrationTest
class PrivacyIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    PrivacyService privacy;

    @Autowired
    JsonMapper json;

    @Test
    void eachChangeOfConsentAddsToTheHistoryAndTakesEffectAtOnce() {
        var person = AccountFixtures.aPerson(identity);
        var visitor = Visitor.at(port);
        visitor.signIn(person.email(), AccountFixtures.PASSWORD);
        var page = visitor.get("/consent").body();
        assertThat(page).doesNotContain("checked").contains("Keeping your health answers", "Who sees it");

        visitor.post("/consent", Map.of("healthData", "true", "shareWithPractice", "true"));
        assertThat(privacy.hasConsent(person.id(), ConsentKind.HEALTH_DATA)).isTrue();
        assertThat(privacy.hasConsent(person.id(), ConsentKind.COURSE_EMAILS)).isFalse();

        visitor.get("/consent");
        var changed = visitor.post("/consent", Map.of("healthData", "true"));
        assertThat(changed.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/account/privacy?saved"));
        assertThat(privacy.hasConsent(person.id(), ConsentKind.SHARE_WITH_PRACTICE))
                .isFalse();

        assertThat(privacy.history(person.id()))
                .extracting(ConsentRecord::kind, ConsentRecord::given)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ConsentKind.HEALTH_DATA, true),
                        org.assertj.core.groups.Tuple.tuple(ConsentKind.SHARE_WITH_PRACTICE, true),
                        org.assertj.core.groups.Tuple.tuple(ConsentKind.COURSE_EMAILS, false),
                        org.assertj.core.groups.Tuple.tuple(ConsentKind.SHARE_WITH_PRACTICE, false));
        assertThat(privacy.history(person.id()))
                .allSatisfy(entry -> assertThat(entry.textVersion()).isEqualTo(PrivacyService.CONSENT_TEXT_VERSION));
        assertThat(visitor.get("/account/activity").body()).contains("Said no to: Sharing with the practice");
    }

    @Test
    void theExportHoldsEveryModulesPartInTheDocumentedShape() {
        var person = AccountFixtures.aPerson(identity);
        MailServer.awaitMailTo(person.email());
        privacy.decide(person.id(), Map.of(ConsentKind.HEALTH_DATA, true));
        var visitor = Visitor.at(port);
        visitor.signIn(person.email(), AccountFixtures.PASSWORD);

        var download = visitor.get("/account/export.json");
        assertThat(download.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(value -> assertThat(value).contains("attachment", "glute-coach-my-data.json"));
        var export = json.readTree(download.body());
        assertThat(export.get("schema").asString()).isEqualTo("glute-coach-export");
        assertThat(export.get("schemaVersion").asInt()).isEqualTo(1);
        var sections = export.get("sections");
        assertThat(sections.propertyNames())
                .containsExactly(
                        "account", "activity", "consents", "course", "routines", "selfCheck", "timer", "tracker");
        assertThat(sections.get("timer").get("events").isArray()).isTrue();
        assertThat(sections.get("tracker").get("entries").isArray()).isTrue();
        assertThat(sections.get("account").get("email").asString()).isEqualTo(person.email());
        assertThat(sections.get("account").has("passwordHash")).isFalse();
        assertThat(download.body()).doesNotContain("$2a$", "{bcrypt}");
        assertThat(sections.get("account").get("mails").get(0).get("subject").asString())
                .isEqualTo("Please confirm your email address");
        assertThat(sections.get("consents").get("history").get(0).get("kind").asString())
                .isEqualTo("HEALTH_DATA");
        assertThat(sections.get("activity").get("auditLog").toString()).contains("SIGNED_IN", "CONSENT_GIVEN");

        var summary = visitor.get("/account/export");
        assertThat(summary.statusCode()).isEqualTo(200);
        assertThat(summary.body()).contains(person.email(), "Download my data (JSON file)");
    }

    @Test
    void theApiGivesTheExportAndChangesConsents() throws Exception {
        var person = AccountFixtures.aPerson(identity);
        var client = ApiClient.at(port).accepting(null);
        var auth = AccountFixtures.bearer(identity, person);

        var put = client.send("PUT", "/api/v1/me/consents", auth, "{\"COURSE_EMAILS\": true}");
        assertThat(put.statusCode()).isEqualTo(200);
        assertThat(json.readTree(put.body()).get("COURSE_EMAILS").asBoolean()).isTrue();

        var bad = client.send("PUT", "/api/v1/me/consents", auth, "{\"EVERYTHING\": true}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(privacy.current(person.id())).containsOnlyKeys(ConsentKind.COURSE_EMAILS);

        for (var notABoolean : java.util.List.of("1", "0", "\"true\"", "\"yes\"", "null", "[true]", "{}")) {
            var refused = client.send("PUT", "/api/v1/me/consents", auth, "{\"HEALTH_DATA\": " + notABoolean + "}");
            assertThat(refused.statusCode()).as(notABoolean).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(json.readTree(refused.body())
                            .get("errors")
                            .get(0)
                            .get("field")
                            .asString())
                    .as(notABoolean)
                    .isEqualTo("HEALTH_DATA");
        }
        assertThat(privacy.current(person.id())).as("nothing stored").containsOnlyKeys(ConsentKind.COURSE_EMAILS);

        var export = ApiClient.at(port).sending(null).accepting(null).send("GET", "/api/v1/me/export", auth, null);
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(json.readTree(export.body())
                        .get("sections")
                        .get("account")
                        .get("email")
                        .asString())
                .isEqualTo(person.email());
    }
}
