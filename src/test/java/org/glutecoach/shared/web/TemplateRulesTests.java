package org.glutecoach.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Rules every template keeps: nothing the Content-Security-Policy would block (inline scripts, styles, event
 * handlers), no product text outside the message files, and no message key that no file defines.
 */
class TemplateRulesTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path MESSAGES = Path.of("src/main/resources/messages");
    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-zA-Z0-9._-]+)[}(]");
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("alt", "title", "aria-label", "placeholder");

    @Test
    void noTemplateNamesATimeZone() {
        // The default zone is named once, in shared.DefaultTimeZone; pages get it as defaultZone in their model.
        assertThat(templates())
                .filteredOn(template -> read(template).matches("(?s).*(ZoneId|Europe/).*"))
                .isEmpty();
    }

    @Test
    void noTemplateHasInlineScriptsStylesOrEventHandlers() {
        var problems = new ArrayList<String>();
        for (var template : templates()) {
            var document = Jsoup.parse(read(template));
            for (var element : document.getAllElements()) {
                var where = TEMPLATES.relativize(template) + ": <" + element.tagName() + ">";
                if (element.tagName().equals("script") && !element.hasAttr("src") && !element.hasAttr("th:src")) {
                    problems.add(where + " inline script");
                }
                if (element.tagName().equals("style")) {
                    problems.add(where + " style element");
                }
                element.attributes().forEach(attribute -> {
                    var name = attribute.getKey().toLowerCase();
                    if (name.equals("style")
                            || name.equals("th:style")
                            || name.startsWith("on")
                            || name.startsWith("th:on")
                            || name.startsWith("hx-on")
                            || name.startsWith("data-hx-on")) {
                        problems.add(where + " attribute " + name);
                    }
                    // htmx reads data-hx-* as well; a bare hx-* attribute is not valid HTML (the Nu checker fails it).
                    if (name.startsWith("hx-")
                            || name.equals("th:attr") && attribute.getValue().matches("(?s)(.*[\\s,])?hx-.*")) {
                        problems.add(where + " attribute " + name + ": write htmx attributes as data-hx-*");
                    }
                });
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void productTextLivesInMessageFilesOnly() {
        var problems = new ArrayList<String>();
        for (var template : templates()) {
            for (var element : Jsoup.parse(read(template)).getAllElements()) {
                var where = TEMPLATES.relativize(template) + ": <" + element.tagName() + ">";
                if (hasWords(element.ownText()) && !isReplaced(element)) {
                    problems.add(where + " literal text \"" + element.ownText() + "\"");
                }
                var buttonInput = element.tagName().equals("input")
                        && Set.of("submit", "button", "reset").contains(element.attr("type"));
                if (buttonInput && hasWords(element.attr("value")) && !element.hasAttr("th:value")) {
                    problems.add(where + " literal value \"" + element.attr("value") + "\"");
                }
                for (var attribute : TEXT_ATTRIBUTES) {
                    if (hasWords(element.attr(attribute))
                            && !element.hasAttr("th:" + attribute)
                            && !element.hasAttr("th:attr")
                            && !element.hasAttr("th:field")) {
                        problems.add(where + " literal " + attribute + " \"" + element.attr(attribute) + "\"");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyMessageKeyUsedIsDefined() {
        var defined = definedKeys();
        var missing = new TreeSet<String>();
        for (var template : templates()) {
            var matcher = MESSAGE_KEY.matcher(read(template));
            while (matcher.find()) {
                if (!defined.contains(matcher.group(1))) {
                    missing.add(TEMPLATES.relativize(template) + ": " + matcher.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /**
     * Spring formats a message with MessageFormat only when it is given arguments, so in a message without any
     * {0} the apostrophe doubled for MessageFormat shows as two on the page ("The client''s copy").
     */
    @Test
    void aMessageWithoutArgumentsHasNoDoubledApostrophe() {
        var doubled = new TreeSet<String>();
        messages().forEach((key, text) -> {
            if (!ARGUMENT.matcher(text).find() && text.contains("''")) {
                doubled.add(key + "=" + text);
            }
        });
        assertThat(doubled).isEmpty();
    }

    @Test
    void everyErrorPageHasItsWords() {
        var defined = definedKeys();
        for (var status : List.of("400", "401", "403", "404", "405", "413", "500", "503", "other")) {
            assertThat(defined).contains("error." + status + ".title", "error." + status + ".text");
        }
    }

    private static boolean isReplaced(Element element) {
        return element.hasAttr("th:text")
                || element.hasAttr("th:utext")
                || element.hasAttr("th:errors")
                || element.hasAttr("th:replace");
    }

    private static boolean hasWords(String text) {
        return text.codePoints().anyMatch(Character::isLetter);
    }

    private static Set<String> definedKeys() {
        return new TreeSet<>(messages().keySet());
    }

    private static Map<String, String> messages() {
        var messages = new TreeMap<String, String>();
        try (Stream<Path> files = Files.list(MESSAGES)) {
            for (var file : files.toList()) {
                var properties = new Properties();
                try (InputStream in = Files.newInputStream(file)) {
                    properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
                }
                properties.stringPropertyNames().forEach(key -> messages.put(key, properties.getProperty(key)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return messages;
    }

    private static List<Path> templates() {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(file -> file.toString().endsWith(".html"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
