package org.glutecoach.support;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Map;

/** Steps many journeys take on the way to what they are about, done in the browser as a person does them. */
public final class JourneySteps {

    private JourneySteps() {}

    /** Signs in on the sign-in page at {@code signInUrl} with the address and the fixtures' password. */
    public static void signIn(Page page, String signInUrl, String email) {
        page.navigate(signInUrl);
        page.getByLabel("Email address").fill(email);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(AccountFixtures.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
    }

    /**
     * Answers the self-check step on screen from {@code answers} (question id to value, or a list for several);
     * a red-flag question not in them is answered "No".
     */
    public static void answerSelfCheckStep(Page page, Map<String, Object> answers) {
        var inputs = page.locator("#self-check form [name]:not([type=hidden])");
        var names = inputs.evaluateAll("elements => [...new Set(elements.map(e => e.name))]");
        for (var name : (List<?>) names) {
            var radio = page.locator("input[name=" + name + "][type=radio]").count() > 0;
            var value = answers.getOrDefault(name, radio && name.toString().matches("[EUS]_.*") ? "NO" : null);
            if (value == null) {
                continue;
            }
            if (value instanceof List<?> many) {
                many.forEach(v -> page.locator("input[name=" + name + "][value=" + v + "]")
                        .check());
            } else if (page.locator("input[name=" + name + "][type=number]").count() > 0) {
                page.locator("input[name=" + name + "]").fill(String.valueOf(value));
            } else {
                page.locator("input[name=" + name + "][value=" + value + "]").check();
            }
        }
    }

    /** Answers every step of the self-check from the one on screen, pressing Continue, until the result shows. */
    public static void answerEverySelfCheckStep(Page page, Map<String, Object> answers) {
        var section = page.locator("#self-check input[name=section]");
        while (section.count() > 0) {
            var current = section.getAttribute("value");
            answerSelfCheckStep(page, answers);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                    .click();
            PlaywrightAssertions.assertThat(page.locator("#self-check input[name=section][value=" + current + "]"))
                    .hasCount(0);
        }
    }
}
