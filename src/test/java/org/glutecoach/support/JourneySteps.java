package org.glutecoach.support;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

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
}
