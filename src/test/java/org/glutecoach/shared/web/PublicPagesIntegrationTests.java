package org.glutecoach.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import org.glutecoach.support.Endpoint;
import org.glutecoach.support.HtmlChecker;
import org.glutecoach.support.IntegrationTest;
import org.glutecoach.support.Visitor;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every page anyone can open without signing in is valid HTML (the Nu HTML Checker finds no error) and has a meta
 * description, for search engines. The pages come from the handler mappings, so a new page is checked without
 * anyone listing it; a page that sends a visitor to sign in is not public and is left out.
 */
@IntegrationTest
class PublicPagesIntegrationTests {

    /** The API, its documentation (Swagger UI's own HTML) and sign-out are not pages of ours. */
    private static final Pattern NOT_PAGES = Pattern.compile("^(/api/.*|/api-docs.*|/v3/.*|/swagger-ui.*|/sign-out)$");

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyPublicPageIsValidHtmlWithAMetaDescription() {
        var checked = new TreeSet<String>();
        var problems = new LinkedHashMap<String, Object>();
        var paths = new TreeSet<String>();
        Endpoint.all(mappings, NOT_PAGES).stream()
                .filter(endpoint -> endpoint.method() == RequestMethod.GET)
                .forEach(endpoint -> paths.add(filledIn(endpoint.pattern())));
        paths.add("/no-such-page");
        for (var path : paths) {
            var page = Visitor.at(port).get(path);
            var type = page.headers().firstValue("Content-Type").orElse("");
            if (page.statusCode() / 100 == 3 || !type.startsWith("text/html")) {
                continue;
            }
            checked.add(path + " (" + page.statusCode() + ")");
            var errors = new ArrayList<Object>(HtmlChecker.errors(page.body()));
            var description =
                    Jsoup.parse(page.body()).select("meta[name=description]").attr("content");
            if (description.isBlank()) {
                errors.add("no meta description");
            }
            if (!errors.isEmpty()) {
                problems.put(path, errors);
            }
        }
        assertThat(checked)
                .as("public pages checked")
                .anyMatch(path -> path.startsWith("/self-check "))
                .anyMatch(path -> path.startsWith("/sign-in "))
                .anyMatch(path -> path.startsWith("/ "))
                .anyMatch(path -> path.startsWith("/no-such-page (404)"));
        assertThat(problems).as("pages checked: " + checked).isEmpty();
    }

    @Test
    void theCheckerFindsTheFaultsItIsHereFor() {
        var invalid = """
                <!DOCTYPE html><html lang="en"><head><title>t</title></head>
                <body><form hx-post="/x"><button>Go</button></form></body></html>""";
        assertThat(HtmlChecker.errors(invalid)).anyMatch(error -> error.contains("hx-post"));
        assertThat(HtmlChecker.errors(invalid.replace("hx-post", "data-hx-post")))
                .isEmpty();
    }

    /** A sample value for each path variable: an unknown token, day 1, a random id. */
    private static String filledIn(String pattern) {
        var matcher = VARIABLE.matcher(pattern);
        var path = new StringBuilder();
        while (matcher.find()) {
            var name = matcher.group(1);
            matcher.appendReplacement(
                    path,
                    name.equals("day")
                            ? "1"
                            : name.equals("id") ? UUID.randomUUID().toString() : "not-a-real-" + name);
        }
        return matcher.appendTail(path).toString().replace("/**", "/x").replace("/*", "/x");
    }
}
