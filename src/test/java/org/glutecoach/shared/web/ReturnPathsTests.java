package org.glutecoach.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Only a plain path on this site may be sent back to; anything a browser could read as elsewhere is dropped. */
class ReturnPathsTests {

    @Test
    void aPlainPathOnThisSiteIsKept() {
        assertThat(ReturnPaths.local("/routines/five-minute-release/play"))
                .isEqualTo("/routines/five-minute-release/play");
        assertThat(ReturnPaths.local("/routines/6f1c2a9e-0b7d-4f43-9a51-3c2d1e0f9a8b/play"))
                .isEqualTo("/routines/6f1c2a9e-0b7d-4f43-9a51-3c2d1e0f9a8b/play");
    }

    @Test
    void anythingThatCouldLeadElsewhereIsDropped() {
        for (var hostile : new String[] {
            "",
            "/",
            "//evil.example",
            "//evil.example/routines",
            "/\\evil.example",
            "\\\\evil.example",
            "https://evil.example/routines/x/play",
            "javascript:alert(1)",
            "evil.example/routines",
            "routines/x/play",
            "/routines/../sign-out",
            "/routines/x/play?then=//evil.example",
            "/routines/x/play#top",
            "/%2F%2Fevil.example",
            "/routines//x",
            "/routines/x/play\r\nSet-Cookie: a=b",
            "/routines/x/play/",
            " /routines/x/play",
            "/" + "a".repeat(81),
            "/a/b/c/d/e/f/g"
        }) {
            assertThat(ReturnPaths.local(hostile)).as(hostile).isNull();
        }
        assertThat(ReturnPaths.local(null)).isNull();
    }

    @Test
    void noRandomStringThatIsKeptStartsAnythingButAPlainPath() {
        var random = new Random(20261201L);
        var alphabet = "/\\:.?#%@ aZ09-_\r\n\t";
        for (int i = 0; i < 20_000; i++) {
            var text = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            var kept = ReturnPaths.local(text.toString());
            if (kept != null) {
                assertThat(kept).as(text.toString()).startsWith("/").doesNotStartWith("//");
                assertThat(kept.chars().allMatch(c -> c == '/' || c == '-' || c == '_' || Character.isLetterOrDigit(c)))
                        .as(text.toString())
                        .isTrue();
                assertThat(kept).doesNotContain("//");
            }
        }
    }
}
