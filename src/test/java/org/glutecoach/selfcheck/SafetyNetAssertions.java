package org.glutecoach.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.web.util.HtmlUtils;

/** Checks a page carries the safety-net block (red-flag set rule 7): its class, heading and every sign. */
public final class SafetyNetAssertions {

    private SafetyNetAssertions() {}

    public static void assertSafetyNet(String page) {
        assertThat(page).as("the safety-net block").contains("class=\"safety-net\"");
        SelfCheckFixtures.safetyNetWords().forEach(words -> assertThat(page).contains(HtmlUtils.htmlEscape(words)));
    }
}
