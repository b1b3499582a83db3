package org.glutecoach.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.time.LocalDate;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.practice.clients.ClientDetails;
import org.glutecoach.practice.clients.ClientsService;
import org.glutecoach.support.AccountFixtures;
import org.glutecoach.support.Browser;
import org.glutecoach.support.BrowserJourney;
import org.glutecoach.support.IntegrationTest;
import org.glutecoach.support.PracticeOwner;
import org.glutecoach.support.StaffFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Session notes in a real browser with JavaScript off: a therapist writes a note from a template, is told beside
 * the fields what signing needs, signs it, amends it and sees the amendment beneath; the owner downloads the
 * client's subject access answer, looks at the records due for erasure, and rewords a note template, which the
 * therapist's next note starts from. axe on every page.
 */
@IntegrationTest
class SessionNotesJourneyTests extends BrowserJourney {

    @Autowired
    IdentityService identity;

    @Autowired
    ClientsService clients;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTherapistWritesSignsAndAmendsANoteAndTheOwnerDownloadsTheClientsCopy() throws Exception {
        var therapist = StaffFixtures.aTherapist(identity, jdbc);
        var client = clients.addClient(
                therapist.account().id(),
                new ClientDetails(
                        "Robin Hale",
                        "Robin",
                        LocalDate.parse("1984-02-11"),
                        AccountFixtures.uniqueEmail(),
                        null,
                        null,
                        null,
                        null));
        var page = open(false);
        page.navigate(url("/sign-in"));
        page.getByLabel("Email address").fill(therapist.account().email());
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(AccountFixtures.PASSWORD);
        page.getByRole(AriaRole.BUTTON, name("Sign in")).click();
        page.locator("#code").fill(therapist.freshCode());
        page.locator("main form button[type=submit]").first().click();

        page.navigate(url("/practice/clients/" + client.id() + "/notes"));
        assertThat(page.locator("h1")).hasText("Session notes: Robin");
        assertThat(page.locator("#notes")).containsText("No notes yet.");
        Browser.assertAccessibleWithoutScript(page, "notes-timeline-empty");

        page.getByRole(AriaRole.LINK, name("First visit")).click();
        assertThat(page.getByLabel("What the client says (subjective)"))
                .hasValue(java.util.regex.Pattern.compile(
                        "^Main problem and where it is felt:.*", java.util.regex.Pattern.DOTALL));
        Browser.assertAccessibleWithoutScript(page, "notes-new-from-template");
        page.getByLabel("What the client says (subjective)").fill("Aching left buttock after long meetings.");
        page.getByLabel("What you found (objective)").fill("Tender left gluteus medius.");
        page.getByLabel("Assessment").fill("Muscular; no red flags on questioning.");
        page.getByLabel("Plan").fill("Two more sessions; side-lying leg raises daily.");
        page.getByRole(AriaRole.BUTTON, name("Save the draft")).click();

        assertThat(page.locator("#notes")).containsText("Draft, not signed yet");
        page.getByRole(AriaRole.LINK, name("Change or sign this draft")).click();
        page.getByRole(AriaRole.BUTTON, name("Save and sign")).click();
        assertThat(page.locator(".error-summary")).containsText("Fill in the treatment given before signing.");
        assertThat(page.getByLabel("Treatment given"))
                .hasAttribute("aria-describedby", "treatment-hint treatment-error");
        Browser.assertAccessibleWithoutScript(page, "notes-sign-refused");

        page.getByLabel("Treatment given").fill("Soft-tissue release, 30 minutes.");
        page.getByLabel("Said yes out loud (verbal)").check();
        page.getByLabel("What the client agreed to").fill("Massage of the buttocks");
        page.locator("#area-GLUTES-LEFT").check();
        page.getByRole(AriaRole.BUTTON, name("Save and sign")).click();

        var note = page.locator("article.note").first();
        assertThat(note).containsText("Signed on");
        assertThat(note).containsText("Buttocks (glutes), left");
        assertThat(note.getByRole(
                        AriaRole.LINK,
                        new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Change or sign this draft")))
                .hasCount(0);
        Browser.assertAccessibleWithoutScript(page, "notes-signed");

        note.getByLabel("Add an amendment").fill("The area was the right buttock, not the left.");
        note.getByRole(
                        AriaRole.BUTTON,
                        new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Add the amendment"))
                .click();
        var amended = page.locator("article.note").first();
        assertThat(amended.locator(".amendment")).hasCount(1);
        assertThat(amended.locator(".amendment")).containsText("The area was the right buttock, not the left.");
        assertThat(amended.locator(".amendment")).containsText("Added by Theo Therapist");
        assertThat(amended.locator("dl")).containsText("Tender left gluteus medius.");
        Browser.assertAccessibleWithoutScript(page, "notes-amended");
        page.navigate(url("/practice/drafts"));
        assertThat(page.locator("h1")).hasText("Unsigned drafts");
        Browser.assertAccessibleWithoutScript(page, "notes-drafts");
        page.context().close();

        var owner = PracticeOwner.of(identity, jdbc);
        var ownerPage = open(true);
        owner.signIn(ownerPage, url("/sign-in"));
        ownerPage.navigate(url("/practice/clients/" + client.id() + "/notes"));
        assertThat(ownerPage.locator("#notes .amendment")).hasCount(1);
        Browser.assertAccessible(ownerPage, "notes-owner");
        var pdf = ownerPage.waitForDownload(() ->
                ownerPage.getByRole(AriaRole.LINK, name("Download as PDF")).click());
        org.assertj.core.api.Assertions.assertThat(
                        Files.readString(pdf.path(), java.nio.charset.StandardCharsets.ISO_8859_1))
                .startsWith("%PDF");
        var json = ownerPage.waitForDownload(() ->
                ownerPage.getByRole(AriaRole.LINK, name("Download as JSON")).click());
        org.assertj.core.api.Assertions.assertThat(Files.readString(json.path()))
                .contains("The area was the right buttock, not the left.")
                .contains("Robin Hale");

        ownerPage.navigate(url("/practice/records"));
        assertThat(ownerPage.locator("h1")).hasText("Records due for erasure");
        assertThat(ownerPage.locator("main"))
                .containsText("The practice keeps a client's record for 8 years after the last contact.");
        Browser.assertAccessible(ownerPage, "records-due");
        ownerPage.context().close();

        theOwnerRewordsATemplateAndTheTherapistsNextNoteStartsFromIt(
                owner, therapist, client.id().toString());
    }

    @AfterEach
    void bundledWordingAgain() {
        // Other tests in this context start notes from the bundled wording.
        jdbc.sql("DELETE FROM practice_note_templates").update();
    }

    private void theOwnerRewordsATemplateAndTheTherapistsNextNoteStartsFromIt(
            PracticeOwner owner, StaffFixtures.Therapist therapist, String clientId) {
        var ownerPage = open(false);
        owner.signIn(ownerPage, url("/sign-in"));
        ownerPage.navigate(url("/practice"));
        ownerPage.getByRole(AriaRole.LINK, name("Note templates")).click();
        assertThat(ownerPage.locator("h1")).hasText("Note templates");
        Browser.assertAccessibleWithoutScript(ownerPage, "note-templates");
        ownerPage.getByRole(AriaRole.LINK, name("Change Follow-up")).click();
        assertThat(ownerPage.locator("h1")).hasText("Note template: Follow-up");
        Browser.assertAccessibleWithoutScript(ownerPage, "note-template-edit");
        ownerPage
                .getByLabel("What the client says (subjective)")
                .fill("Since the last session:\nExercises done this week (days):");
        ownerPage.getByRole(AriaRole.BUTTON, name("Save the template")).click();
        assertThat(ownerPage.locator("[role=status]")).hasText("The template is saved.");
        assertThat(ownerPage.locator("#template-follow-up")).containsText("in your wording");
        Browser.assertAccessibleWithoutScript(ownerPage, "note-templates-saved");
        ownerPage.context().close();

        var page = open(false);
        page.navigate(url("/sign-in"));
        page.getByLabel("Email address").fill(therapist.account().email());
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(AccountFixtures.PASSWORD);
        page.getByRole(AriaRole.BUTTON, name("Sign in")).click();
        page.locator("#code").fill(therapist.freshCode());
        page.locator("main form button[type=submit]").first().click();
        page.navigate(url("/practice/clients/" + clientId + "/notes"));
        page.getByRole(AriaRole.LINK, name("Follow-up")).click();
        assertThat(page.getByLabel("What the client says (subjective)"))
                .hasValue("Since the last session:\nExercises done this week (days):");
        Browser.assertAccessibleWithoutScript(page, "notes-new-from-reworded-template");
        page.context().close();
    }

    private static Page.GetByRoleOptions name(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }
}
