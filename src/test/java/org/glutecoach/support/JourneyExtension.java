package org.glutecoach.support;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/** Saves a screenshot of the journey's page to {@code target/journeys/} when a journey fails. */
public class JourneyExtension implements TestWatcher {

    private static final ThreadLocal<Page> CURRENT = new ThreadLocal<>();

    public static Page track(Page page) {
        CURRENT.set(page);
        return page;
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        var page = CURRENT.get();
        if (page != null && !page.isClosed()) {
            Browser.screenshot(page, context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName());
        }
        CURRENT.remove();
    }

    @Override
    public void testSuccessful(ExtensionContext context) {
        CURRENT.remove();
    }
}
