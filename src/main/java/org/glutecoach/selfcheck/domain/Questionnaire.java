package org.glutecoach.selfcheck.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glutecoach.selfcheck.QuestionType;
import org.glutecoach.selfcheck.RedFlagTier;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The questions in order, grouped in sections, read from {@code selfcheck/questionnaire.json}. Immutable; the
 * lookups every evaluation needs are worked out once here.
 */
public final class Questionnaire {

    public static final String AGE = "AGE";
    /** The follow-up of {@code S_INFLAM}: asked, and required, only when that is answered yes or not sure. */
    public static final String INFLAM_GATE = "S_INFLAM";
    public static final String INFLAM_FEATURES = "S_INFLAM_FEATURES";
    /** NICE NG65 via red-flags.md: three or more of these features mean SOON. */
    public static final int INFLAM_FEATURES_FOR_SOON = 3;

    /** A group of questions shown together. */
    public record Section(String id, List<Question> questions) {
        public Section {
            questions = List.copyOf(questions);
        }

        /** A section of the red-flag screen (one per tier, most urgent first). */
        public boolean isRedFlagScreen() {
            return questions.stream().anyMatch(Question::isRedFlag);
        }
    }

    private final String version;
    private final String redFlagSetVersion;
    private final List<Section> sections;
    private final Map<String, Question> byId;
    private final Map<String, Integer> indexById;
    private final List<Question> redFlags;
    private final List<Question> explainingQuestions;

    public Questionnaire(String version, String redFlagSetVersion, List<Section> sections) {
        this.version = version;
        this.redFlagSetVersion = redFlagSetVersion;
        this.sections = List.copyOf(sections);
        var ids = new LinkedHashMap<String, Question>();
        this.sections.stream().flatMap(section -> section.questions().stream()).forEach(q -> {
            if (ids.put(q.id(), q) != null) {
                throw new IllegalStateException("Question id used twice: " + q.id());
            }
        });
        this.byId = java.util.Collections.unmodifiableMap(ids);
        var indexes = new java.util.HashMap<String, Integer>();
        ids.keySet().forEach(id -> indexes.put(id, indexes.size()));
        this.indexById = java.util.Collections.unmodifiableMap(indexes);
        this.redFlags = ids.values().stream().filter(Question::isRedFlag).toList();
        this.explainingQuestions = this.sections.stream()
                .filter(s -> !s.id().equals(AGE) && !s.isRedFlagScreen())
                .flatMap(s -> s.questions().stream()).toList();
    }

    public String version() {
        return version;
    }

    public String redFlagSetVersion() {
        return redFlagSetVersion;
    }

    public List<Section> sections() {
        return sections;
    }

    /** Every question by id, in questionnaire order. */
    public Map<String, Question> byId() {
        return byId;
    }

    /** Each question's position in questionnaire order: answers are kept in an array by this index. */
    Map<String, Integer> indexById() {
        return indexById;
    }

    public List<Question> redFlags() {
        return redFlags;
    }

    /** Questions after the red-flag screen: the ones that explain. */
    public List<Question> explainingQuestions() {
        return explainingQuestions;
    }

    public static Questionnaire read(InputStream json, JsonMapper mapper) {
        try (json) {
            var file = mapper.readValue(json, File.class);
            var sections = new ArrayList<Section>();
            for (var section : file.sections()) {
                sections.add(new Section(section.id(), section.questions().stream()
                        .map(q -> new Question(q.id(), section.id(), q.type(), q.options() == null ? List.of()
                                : q.options(), q.min(), q.max(), q.redFlagTier(), q.required()))
                        .toList()));
            }
            return new Questionnaire(file.version(), file.redFlagSetVersion(), sections);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON layout of the file. */
    private record File(String version, String redFlagSetVersion, List<SectionFile> sections,
            @Nullable String _source) {
    }

    private record SectionFile(String id, List<QuestionFile> questions) {
    }

    private record QuestionFile(String id, QuestionType type, @Nullable List<String> options, @Nullable Integer min,
            @Nullable Integer max, @Nullable RedFlagTier redFlagTier, boolean required) {
    }
}
