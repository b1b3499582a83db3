package org.glutecoach.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Free text may hold what a person can type, in any script, and nothing that only a client can send. */
class PlainTextTests {

    @Test
    void lettersOfAnyScriptPunctuationAndEmojiAreTypeable() {
        assertThat(PlainText.isTypeable("Morning, left side: 3 × 30 s — ça va! 腰 \uD83D\uDE00", false))
                .isTrue();
        assertThat(PlainText.isTypeable("<script>alert(1)</script>", false))
                .as("markup is text; the page escapes it")
                .isTrue();
    }

    @Test
    void controlCharactersAndHalfPairsAreNot() {
        for (var text :
                new String[] {"a\u0000b", "bell\u0007", "esc\u001b[31m", "del\u007f", "c1\u0085", "\uD800x", "x\uDC00"
                }) {
            assertThat(PlainText.isTypeable(text, true)).as(text).isFalse();
        }
    }

    @Test
    void lineBreaksAndTabsOnlyWhereLinesAreAllowed() {
        assertThat(PlainText.isTypeable("one\r\ntwo\tthree", true)).isTrue();
        assertThat(PlainText.isTypeable("one\ntwo", false)).isFalse();
        assertThat(PlainText.isTypeable("one\ttwo", false)).isFalse();
    }
}
