package org.glutecoach.journeys;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.List;
import org.glutecoach.support.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The check every journey runs on every page it visits ({@link Browser#assertAccessible}) still finds what it must:
 * a check made quicker must not become one that passes everything.
 */
class AccessibilityCheckJourneyTests {

    private static final String HEAD = "<!DOCTYPE html><html lang=\"en-GB\"><head><title>A page</title></head>";

    private BrowserContext browser;
    private Page page;

    @BeforeEach
    void open() {
        browser = Browser.newContext(true);
        page = browser.newPage();
    }

    @AfterEach
    void close() {
        browser.close();
    }

    @Test
    void aPageThatMeetsWcagPasses() {
        page.setContent(HEAD + "<body><main><h1>Soreness</h1><label for=\"left\">Left side</label>"
                + "<input id=\"left\" type=\"number\"></main></body></html>");

        assertThatCode(() -> Browser.assertAccessible(page, "check-passes")).doesNotThrowAnyException();
    }

    @Test
    void aFieldWithoutALabelFails() {
        page.setContent(HEAD + "<body><main><h1>Soreness</h1><input type=\"number\"></main></body></html>");

        assertThatThrownBy(() -> Browser.assertAccessible(page, "check-label"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("- label [critical]");
    }

    @Test
    void textTooFaintToReadFails() {
        // Contrast is worked out from the page's computed styles: the slowest of the rules, and among the most
        // often broken.
        page.setContent(HEAD + "<body><main><h1>Soreness</h1>"
                + "<p style=\"color:#bbb;background:#fff\">Left side</p></main></body></html>");

        assertThatThrownBy(() -> Browser.assertAccessible(page, "check-contrast"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("- color-contrast [serious]");
    }

    @Test
    void aRuleLeftOutForAPageNotOursIsNotApplied() {
        page.setContent(HEAD + "<body><main><h1>Soreness</h1>"
                + "<p style=\"color:#bbb;background:#fff\">Left side</p></main></body></html>");

        assertThatCode(() -> Browser.assertAccessible(page, "check-left-out", List.of("color-contrast")))
                .doesNotThrowAnyException();
    }

    @Test
    void anIdUsedTwiceFails() {
        page.setContent(HEAD + "<body><main><h1 id=\"a\">Soreness</h1><p id=\"a\">Left side</p></main></body></html>");

        assertThatThrownBy(() -> Browser.assertAccessible(page, "check-ids"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Ids used twice");
    }
}
