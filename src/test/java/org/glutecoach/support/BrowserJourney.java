package org.glutecoach.support;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The base of every browser journey: the app on a random port (see {@link IntegrationTest} on the subclass, or
 * {@link RunningApp} for the app exactly as {@code java -jar} starts it: set {@link #port} from it), a fresh
 * browser window per test, and a screenshot in {@code target/journeys/} when a journey fails.
 */
@ExtendWith(JourneyExtension.class)
public abstract class BrowserJourney {

    @LocalServerPort
    protected int port;

    private BrowserContext browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /** A new window, with or without JavaScript. */
    protected Page open(boolean javaScript) {
        browser = Browser.newContext(javaScript);
        return JourneyExtension.track(browser.newPage());
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }
}
