package org.glutecoach.support;

import com.deque.html.axecore.args.AxeRuleOptions;
import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Route;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Debian's Chromium driven by Playwright, shared by every journey in the run. Playwright never downloads a
 * browser here ({@code PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD}); set {@code CHROMIUM_PATH} to use another binary.
 */
public final class Browser {

    /** The axe rule sets a page must pass: WCAG 2.0, 2.1 and 2.2, levels A and AA. */
    public static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private static com.microsoft.playwright.Browser chromium;

    private Browser() {}

    /** A fresh, isolated browser window (its own cookies), with or without JavaScript. */
    public static synchronized BrowserContext newContext(boolean javaScript) {
        if (chromium == null) {
            var playwright = Playwright.create(
                    new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            chromium = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(
                                    Paths.get(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium")))
                            .setHeadless(true)
                            .setArgs(List.of(
                                    "--no-sandbox",
                                    "--disable-gpu",
                                    "--disable-background-networking",
                                    "--disable-component-update",
                                    "--disable-sync",
                                    "--no-first-run",
                                    "--disable-quic")));
            Runtime.getRuntime().addShutdownHook(new Thread(playwright::close));
        }
        var context = chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setJavaScriptEnabled(javaScript)
                .setLocale("en-GB")
                .setViewportSize(1024, 900));
        context.setDefaultTimeout(15_000);
        context.setDefaultNavigationTimeout(30_000);
        return context;
    }

    /**
     * axe needs JavaScript. For a page in a window with JavaScript off, this checks the same HTML at the same
     * address (so styles and images load as they did) in a window with JavaScript on.
     */
    public static void assertAccessibleWithoutScript(Page page, String name) {
        var html = page.content();
        var url = page.url();
        try (var context = newContext(true)) {
            var copy = context.newPage();
            copy.route(
                    url,
                    route -> route.fulfill(new Route.FulfillOptions()
                            .setStatus(200)
                            .setContentType("text/html; charset=utf-8")
                            .setBody(html)));
            copy.navigate(url);
            assertAccessible(copy, name);
        }
    }

    /**
     * Runs axe on the page as it is now and fails, with a screenshot in {@code target/journeys/}, on any WCAG 2.2
     * A/AA violation.
     */
    public static void assertAccessible(Page page, String name) {
        assertAccessible(page, name, List.of());
    }

    /** As {@link #assertAccessible(Page, String)}, leaving out axe rules that a page not of ours is known to fail. */
    public static void assertAccessible(Page page, String name, List<String> knownFailuresNotOurs) {
        // WCAG 2.2 dropped 4.1.1, so axe no longer reports repeated ids; but a label "for" a repeated id names
        // the wrong field, so we still refuse them.
        var repeated = (java.util.List<?>) page.evaluate("() => { const seen = new Set(), twice = new Set();"
                + " document.querySelectorAll('[id]').forEach(e => seen.has(e.id) ? twice.add(e.id) : seen.add(e.id));"
                + " return [...twice]; }");
        if (!repeated.isEmpty()) {
            screenshot(page, name + "-ids");
            throw new AssertionError("Ids used twice on " + name + " (" + page.url() + "): " + repeated);
        }
        var violations = new AxeBuilder(page)
                .options(wcagOptions(knownFailuresNotOurs))
                .setLegacyMode(true)
                .analyze()
                .getViolations();
        if (!violations.isEmpty()) {
            screenshot(page, name + "-axe");
            throw new AssertionError("Accessibility violations on " + name + " (" + page.url() + "):\n"
                    + violations.stream()
                            .map(v -> "- " + v.getId() + " [" + v.getImpact() + "] " + v.getHelp()
                                    + " "
                                    + v.getNodes().stream()
                                            .map(n -> String.valueOf(n.getTarget()))
                                            .collect(Collectors.joining(", ")))
                            .collect(Collectors.joining("\n")));
        }
    }

    /**
     * The WCAG rule sets, with the rules not ours left out, and full details for violations only: passes and the
     * rest are not read, and serialising every node of them back to Java was most of a check's time.
     */
    private static AxeRunOptions wcagOptions(List<String> knownFailuresNotOurs) {
        var runOnly = new AxeRunOnlyOptions();
        runOnly.setType("tag");
        runOnly.setValues(WCAG_TAGS);
        var options = new AxeRunOptions();
        options.setRunOnly(runOnly);
        options.setResultTypes(List.of("violations"));
        if (!knownFailuresNotOurs.isEmpty()) {
            var off = new AxeRuleOptions();
            off.setEnabled(false);
            options.setRules(knownFailuresNotOurs.stream().collect(Collectors.toMap(rule -> rule, rule -> off)));
        }
        return options;
    }

    public static Path screenshot(Page page, String name) {
        var file = Paths.get("target", "journeys", name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }
}
