package org.glutecoach.practice.clients.notes.domain;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import org.springframework.stereotype.Component;

/**
 * The templates bundled with the application, read once from {@code practice/notes/templates/*.properties}: data
 * files, so the wording can change without code. The owner may reword each ({@link NoteTemplate}) and reset it to
 * this wording.
 */
@Component
public class BundledTemplates {

    public static final List<String> KEYS = List.of("first-visit", "follow-up", "discharge");

    private final List<Bundled> templates =
            KEYS.stream().map(BundledTemplates::read).toList();

    public List<Bundled> all() {
        return templates;
    }

    public Optional<Bundled> named(String key) {
        return templates.stream().filter(template -> template.key().equals(key)).findFirst();
    }

    /** One bundled template: its key and the text each part of a note starts with. */
    public record Bundled(String key, TemplateText text) {}

    private static Bundled read(String key) {
        var path = "/practice/notes/templates/" + key + ".properties";
        try (var in = new InputStreamReader(
                Objects.requireNonNull(BundledTemplates.class.getResourceAsStream(path), path),
                StandardCharsets.UTF_8)) {
            var text = new Properties();
            text.load(in);
            return new Bundled(
                    key,
                    new TemplateText(
                            text.getProperty("subjective", ""),
                            text.getProperty("objective", ""),
                            text.getProperty("assessment", ""),
                            text.getProperty("plan", ""),
                            text.getProperty("treatment", "")));
        } catch (IOException reading) {
            throw new UncheckedIOException(reading);
        }
    }
}
