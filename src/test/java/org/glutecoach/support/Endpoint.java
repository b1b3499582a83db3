package org.glutecoach.support;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every method and path pattern our controllers answer, read from the handler mappings, for tests that must
 * cover all of them (a new page is covered without anyone listing it). A mapping without methods counts as GET.
 */
public record Endpoint(RequestMethod method, String pattern) {

    /** Spring's own error page and the test-only controllers are not ours to check. */
    private static final Pattern NEVER = Pattern.compile("^(/error|/test/.*|/api/v1/test/.*)$");

    /** Ours, leaving out {@code skip} as well (documentation, sign-out, …). */
    public static List<Endpoint> all(RequestMappingHandlerMapping mappings, Pattern skip) {
        var all = new ArrayList<Endpoint>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            var methods = info.getMethodsCondition().getMethods();
            for (var pattern : info.getPatternValues()) {
                if (NEVER.matcher(pattern).matches() || skip.matcher(pattern).matches()) {
                    continue;
                }
                if (methods.isEmpty()) {
                    all.add(new Endpoint(RequestMethod.GET, pattern));
                }
                methods.forEach(method -> all.add(new Endpoint(method, pattern)));
            }
        });
        return all;
    }

    public boolean isApi() {
        return pattern.startsWith("/api/");
    }

    public boolean changes() {
        return method == RequestMethod.POST || method == RequestMethod.PUT;
    }
}
