package org.glutecoach.selfcheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.glutecoach.selfcheck.domain.RedFlagEvents;
import org.glutecoach.support.IntegrationTest;
import org.glutecoach.support.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The self-check pages over plain HTTP: steps, 422 with messages, htmx fragments, red-flag events, no session. */
@IntegrationTest
class SelfCheckPagesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    RedFlagEvents events;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aStopScreenIsRecordedWithTheRedFlagAnswersOnly() {
        long before = events.count();
        var visitor = Visitor.at(port);
        visitor.get("/self-check");
        var form = new LinkedHashMap<String, String>(Map.of("section", "RED_FLAGS_URGENT", "AGE", "61", "U_FEVER", "YES"));
        for (var id : new String[] {"E_SADDLE", "E_BLADDER", "E_LEAK", "E_SEX", "E_BOTH_LEGS", "E_WEAK_WORSE",
            "E_TRAUMA", "E_CHEST"}) {
            form.put(id, "NO");
        }
        var stop = visitor.post("/self-check", form);
        assertThat(stop.statusCode()).isEqualTo(200);
        assertThat(stop.body()).contains("Get medical help today", "href=\"tel:111\"");
        assertThat(events.count()).isEqualTo(before + 1);
        var event = events.findAll().stream().filter(e -> e.triggeredIds().equals(java.util.List.of("U_FEVER")))
                .findFirst().orElseThrow();
        assertThat(event.actionShown()).isEqualTo("call111");
        assertThat(event.answers()).contains("\"U_FEVER\":\"YES\"").doesNotContain("AGE", "61");
        assertThat(event.accountId()).isNull();
    }

    @Test
    void aStepWithMissingAnswersIs422WithMessagesBesideThem() {
        var visitor = Visitor.at(port);
        visitor.get("/self-check");
        var page = visitor.post("/self-check", Map.of("section", "AGE", "AGE", "two hundred"));
        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(page.body()).contains("id=\"AGE-error\"", "Enter a number from 1 to 120.",
                "aria-describedby=\"AGE-error\"", "href=\"#q-AGE\"");
    }

    @Test
    void htmxGetsThePanelOnly() {
        var visitor = Visitor.at(port);
        visitor.get("/self-check");
        var panel = visitor.post("/self-check", Map.of("section", "AGE", "AGE", "40"), Map.of("HX-Request", "true"));
        assertThat(panel.statusCode()).isEqualTo(200);
        assertThat(panel.body()).startsWith("<section id=\"self-check\"").doesNotContain("<html")
                .contains("Signs that need a doctor first", "name=\"AGE\" value=\"40\"")
                .doesNotContain("U_FEVER");
    }

    @Test
    void soonAdviceStaysInViewOnEveryLaterStep() {
        var visitor = Visitor.at(port);
        visitor.get("/self-check");
        var form = new LinkedHashMap<String, String>();
        form.put("section", "RED_FLAGS_SOON");
        form.put("AGE", "40");
        for (var id : new String[] {"E_SADDLE", "E_BLADDER", "E_LEAK", "E_SEX", "E_BOTH_LEGS", "E_WEAK_WORSE",
            "E_TRAUMA", "E_CHEST", "U_FEVER", "U_WEIGHT", "U_LUMP", "U_NIGHT", "U_STRAIN", "U_UPPER", "U_CANCER",
            "U_BONES", "U_INFECT_RISK", "U_ONE_LEG"}) {
            form.put(id, "NO");
        }
        form.put("S_SCIATICA", "NOT_SURE");
        var pain = visitor.post("/self-check", form);
        assertThat(pain.statusCode()).isEqualTo(200);
        assertThat(pain.body()).contains("<h1>Your pain</h1>", "Book a GP or physio in the next 2 weeks");
    }

    @Test
    void takingTheSelfCheckCreatesNoSession() {
        int before = Visitor.sessionRows(jdbc);
        var visitor = Visitor.at(port);
        visitor.get("/self-check");
        visitor.post("/self-check", Map.of("section", "AGE", "AGE", "40"));
        assertThat(visitor.cookie("SESSION")).isEmpty();
        assertThat(Visitor.sessionRows(jdbc))
                .isEqualTo(before);
    }
}
