package testing;

import org.glutecoach.shared.GluteCoachException;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test-only handlers that fail on purpose, so the error pages for 400 and 500 can be seen. Spring registers the nested
 * controllers with this configuration. They live outside
 * {@code org.glutecoach} so the application's component scan never finds them; tests import them explicitly.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FailingPages {

    public static final String SECRET = "do-not-leak-this-internal-detail";

    /** A broken rule that no handler catches, as a page or the API would meet it. */
    public static class RuleBroken extends GluteCoachException {
        RuleBroken() {
            super("test-rule-broken", SECRET);
        }
    }

    @Controller
    static class Pages {
        @GetMapping("/test/broken")
        String broken() {
            throw new IllegalStateException(SECRET);
        }

        /** A form sent here fails as {@code /test/broken} does (a journey sends a step of the self-check here). */
        @PostMapping("/test/broken")
        String brokenPost() {
            throw new IllegalStateException(SECRET);
        }

        @GetMapping("/test/rule-broken")
        String ruleBroken() {
            throw new RuleBroken();
        }

        @GetMapping("/test/raced")
        String raced() {
            throw new org.springframework.dao.DuplicateKeyException(SECRET);
        }

        @GetMapping("/test/number")
        @ResponseBody
        String number(@RequestParam int n) {
            return "n=" + n;
        }
    }

    @RestController
    static class Api {
        @GetMapping("/api/v1/test/broken")
        String broken() {
            throw new IllegalStateException(SECRET);
        }

        @GetMapping("/api/v1/test/rule-broken")
        String ruleBroken() {
            throw new RuleBroken();
        }

        @GetMapping("/api/v1/test/raced")
        String raced() {
            throw new org.springframework.dao.OptimisticLockingFailureException(SECRET);
        }
    }
}
