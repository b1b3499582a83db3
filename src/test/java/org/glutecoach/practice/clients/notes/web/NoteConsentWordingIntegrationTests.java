package org.glutecoach.practice.clients.notes.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.glutecoach.identity.AccountId;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.practice.clients.ClientDetails;
import org.glutecoach.practice.clients.ClientId;
import org.glutecoach.practice.clients.ClientsService;
import org.glutecoach.practice.clients.notes.NotesService;
import org.glutecoach.practice.clients.notes.SubjectAccess;
import org.glutecoach.practice.clients.notes.WriteNote;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.IntegrationTest;
import org.glutecoach.support.PracticeOwner;
import org.glutecoach.support.StaffFixtures;
import org.glutecoach.support.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How a note's consent reads on the timeline and in the client's subject access PDF: a draft may say which kind of
 * consent was given before saying what for, and then no empty "for:" is shown.
 */
@IntegrationTest
class NoteConsentWordingIntegrationTests {

    private static final String VERBAL = "Said yes out loud (verbal)";

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    ClientsService clients;

    @Autowired
    NotesService notes;

    @Autowired
    SubjectAccess access;

    @Autowired
    SubjectAccessReport report;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aDraftWithConsentButNothingYetForItShowsNoEmptyFor() throws Exception {
        var therapist = StaffFixtures.aTherapist(identity, jdbc);
        var client = clients.addClient(
                therapist.account().id(),
                new ClientDetails(
                        "Kit Marsh",
                        null,
                        LocalDate.parse("1990-03-04"),
                        AccountFixtures.uniqueEmail(),
                        null,
                        null,
                        null,
                        null));
        var day = LocalDate.now().minusDays(1).toString();
        notes.write(
                client.id(),
                therapist.account().id(),
                new WriteNote(day, "Stiff after driving.", null, null, null, null, "VERBAL", "", null));

        var timeline = therapist
                .signIn(Visitor.at(port))
                .get("/practice/clients/" + client.id() + "/notes")
                .body();
        assertThat(timeline).contains(">" + VERBAL + "<").doesNotContain(VERBAL + ", for:");
        var owner = PracticeOwner.of(identity, jdbc).account().id();
        assertThat(pdfText(client.id(), owner)).contains(VERBAL).doesNotContain(VERBAL + ", for:");

        notes.write(
                client.id(),
                therapist.account().id(),
                new WriteNote(day, "Better.", null, null, null, null, "VERBAL", "Massage of the hips", null));
        assertThat(therapist
                        .signIn(Visitor.at(port))
                        .get("/practice/clients/" + client.id() + "/notes")
                        .body())
                .contains(VERBAL + ", for: Massage of the hips");
        assertThat(pdfText(client.id(), owner)).contains(VERBAL + ", for: Massage of the hips");
    }

    private String pdfText(ClientId client, AccountId owner) throws Exception {
        try (var document = Loader.loadPDF(report.render(access.answer(client, owner, "pdf")))) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
