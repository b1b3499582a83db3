package org.glutecoach.practice.clients.notes.domain;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import org.glutecoach.practice.clients.notes.NoteTemplateView;
import org.springframework.stereotype.Component;

/**
 * The templates bundled with the application, read once from {@code practice/notes/templates/*.properties}: data
 * files, so the practice's wording can change without code.
 */
@Component
public class NoteTemplates {

    static final List<String> KEYS = List.of("first-visit", "follow-up", "discharge");

    private final List<NoteTemplateView> templates =
            KEYS.stream().map(NoteTemplates::read).toList();

    public List<NoteTemplateView> all() {
        return templates;
    }

    public Optional<NoteTemplateView> named(String key) {
        return templates.stream().filter(template -> template.key().equals(key)).findFirst();
    }

    private static NoteTemplateView read(String key) {
        var path = "/practice/notes/templates/" + key + ".properties";
        try (var in = new InputStreamReader(
                Objects.requireNonNull(NoteTemplates.class.getResourceAsStream(path), path), StandardCharsets.UTF_8)) {
            var text = new Properties();
            text.load(in);
            return new NoteTemplateView(
                    key,
                    text.getProperty("subjective", ""),
                    text.getProperty("objective", ""),
                    text.getProperty("assessment", ""),
                    text.getProperty("plan", ""),
                    text.getProperty("treatment", ""));
        } catch (IOException reading) {
            throw new UncheckedIOException(reading);
        }
    }
}
