package org.glutecoach.support;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Saves a screenshot of the journey's page to {@code target/journeys/} when a journey fails. It runs right after
 * the test method, before any {@code @AfterEach} closes the browser.
 */
public class JourneyExtension implements AfterTestExecutionCallback {

    private static final ThreadLocal<Page> CURRENT = new ThreadLocal<>();

    public static Page track(Page page) {
        CURRENT.set(page);
        return page;
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        var page = CURRENT.get();
        CURRENT.remove();
        if (context.getExecutionException().isPresent() && page != null && !page.isClosed()) {
            Browser.screenshot(
                    page,
                    context.getRequiredTestClass().getSimpleName() + "-"
                            + context.getRequiredTestMethod().getName());
        }
    }
}
