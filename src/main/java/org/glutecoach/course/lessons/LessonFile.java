package org.glutecoach.course.lessons;

import java.util.LinkedHashMap;
import java.util.Map;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.glutecoach.course.Lesson;

/**
 * A lesson file: a front matter block of {@code key: value} lines between two {@code ---} lines, then Markdown.
 * Raw HTML in the Markdown is escaped, so a lesson file can never put script or style into a page.
 */
public final class LessonFile {

    private static final Parser MARKDOWN = Parser.builder().build();
    private static final HtmlRenderer HTML =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final TextContentRenderer TEXT =
            TextContentRenderer.builder().build();

    private LessonFile() {}

    /**
     * @param name where the text came from, for error messages
     * @throws IllegalArgumentException naming the file and the problem, if the front matter is missing or wrong
     */
    public static Lesson read(String name, String content) {
        var normalised = content.replace("\r\n", "\n");
        if (!normalised.startsWith("---\n")) {
            throw new IllegalArgumentException(name + ": a lesson starts with a front matter block (---)");
        }
        var end = normalised.indexOf("\n---\n", 4);
        if (end < 0) {
            throw new IllegalArgumentException(name + ": the front matter block has no closing ---");
        }
        var front = frontMatter(name, normalised.substring(4, end));
        var body = normalised.substring(end + 5).strip();
        var document = MARKDOWN.parse(body);
        try {
            return new Lesson(
                    Integer.parseInt(required(name, front, "day")),
                    required(name, front, "title"),
                    Integer.parseInt(required(name, front, "minutes")),
                    front.getOrDefault("routine", "none"),
                    required(name, front, "summary"),
                    required(name, front, "task"),
                    body,
                    HTML.render(document),
                    TEXT.render(document));
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException(name + ": day and minutes must be whole numbers", notANumber);
        }
    }

    private static Map<String, String> frontMatter(String name, String block) {
        var values = new LinkedHashMap<String, String>();
        for (var line : block.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            var colon = line.indexOf(':');
            if (colon < 1) {
                throw new IllegalArgumentException(name + ": front matter lines are 'key: value', not '" + line + "'");
            }
            values.put(
                    line.substring(0, colon).strip(), line.substring(colon + 1).strip());
        }
        return values;
    }

    private static String required(String name, Map<String, String> front, String key) {
        var value = front.get(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + ": the front matter needs '" + key + "'");
        }
        return value;
    }
}
