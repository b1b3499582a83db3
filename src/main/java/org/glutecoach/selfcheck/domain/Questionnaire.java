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

    public static final String PAIN_NOW = "PAIN_NOW";

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
    private final List<Question> inOrder;
    /** One shared answer per option of each question, by position: answers are immutable, so no need for more. */
    private final Answer.Choice[][] choices;

    private final List<Question> redFlags;
    private final List<Question> explainingQuestions;

    public Questionnaire(String version, String redFlagSetVersion, List<Section> sections) {
        this.version = version;
        this.redFlagSetVersion = redFlagSetVersion;
        this.sections = List.copyOf(sections);
        var ids = new LinkedHashMap<String, Question>();
        this.sections.stream().flatMap(section -> section.questions().stream()).forEach(q -> {
            if (q.position() != ids.size()) {
                throw new IllegalStateException("Question " + q.id() + " is not at position " + ids.size());
            }
            if (ids.put(q.id(), q) != null) {
                throw new IllegalStateException("Question id used twice: " + q.id());
            }
        });
        this.byId = Map.copyOf(ids);
        this.inOrder = List.copyOf(ids.values());
        this.choices = inOrder.stream()
                .map(q -> q.options().stream().map(Answer.Choice::new).toArray(Answer.Choice[]::new))
                .toArray(Answer.Choice[][]::new);
        this.redFlags = ids.values().stream().filter(Question::isRedFlag).toList();
        this.explainingQuestions = this.sections.stream()
                .filter(s -> !s.id().equals(AGE) && !s.isRedFlagScreen())
                .flatMap(s -> s.questions().stream())
                .toList();
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

    /** Every question in questionnaire order: the one at index i has {@link Question#position()} i. */
    List<Question> inOrder() {
        return inOrder;
    }

    /** The answer choosing this option of the question, or {@code null} when it is not one of its options. */
    Answer.@Nullable Choice choice(Question question, String option) {
        for (var choice : choices[question.position()]) {
            if (choice.value().equals(option)) {
                return choice;
            }
        }
        return null;
    }

    /** The question with this id; for rules and wording that name questions in files. */
    Question question(String id) {
        var question = byId.get(id);
        if (question == null) {
            throw new IllegalArgumentException("No question " + id + " in questionnaire " + version);
        }
        return question;
    }

    public List<Question> redFlags() {
        return redFlags;
    }

    /**
     * The section with this id.
     *
     * @throws UnknownSection if there is none
     */
    public Section section(String id) {
        return sections.get(indexOf(id));
    }

    /** The section after this one, or {@code null} after the last. */
    public @Nullable Section sectionAfter(String id) {
        int next = indexOf(id) + 1;
        return next < sections.size() ? sections.get(next) : null;
    }

    /** The red-flag sections after this one, in order (a more urgent flag may still hang on one of them). */
    public List<Section> redFlagSectionsAfter(String id) {
        return sections.subList(indexOf(id) + 1, sections.size()).stream()
                .filter(Section::isRedFlagScreen)
                .toList();
    }

    /** Whether this section comes after the whole red-flag screen (where SOON advice stays in view). */
    public boolean isAfterTheRedFlagScreen(String id) {
        return redFlagSectionsAfter(id).isEmpty() && !section(id).isRedFlagScreen();
    }

    /** The ids of the questions in this section and every one after it. */
    public List<String> questionsFrom(String id) {
        return sections.subList(indexOf(id), sections.size()).stream()
                .flatMap(section -> section.questions().stream())
                .map(Question::id)
                .toList();
    }

    private int indexOf(String id) {
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new UnknownSection(id);
    }

    /** Questions after the red-flag screen: the ones that explain. */
    public List<Question> explainingQuestions() {
        return explainingQuestions;
    }

    public static Questionnaire read(InputStream json, JsonMapper mapper) {
        try (json) {
            var file = mapper.readValue(json, File.class);
            var sections = new ArrayList<Section>();
            int position = 0;
            for (var section : file.sections()) {
                var questions = new ArrayList<Question>();
                for (var q : section.questions()) {
                    questions.add(new Question(
                            q.id(),
                            section.id(),
                            q.type(),
                            q.options() == null ? List.of() : q.options(),
                            q.min(),
                            q.max(),
                            q.redFlagTier(),
                            q.required(),
                            position++,
                            q.raisesAlone() == null || q.raisesAlone(),
                            q.exclusiveOption()));
                }
                sections.add(new Section(section.id(), questions));
            }
            return new Questionnaire(file.version(), file.redFlagSetVersion(), sections);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON layout of the file. */
    private record File(
            String version,
            String redFlagSetVersion,
            List<SectionFile> sections,
            @Nullable String _source) {}

    private record SectionFile(String id, List<QuestionFile> questions) {}

    private record QuestionFile(
            String id,
            QuestionType type,
            @Nullable List<String> options,
            @Nullable Integer min,
            @Nullable Integer max,
            @Nullable RedFlagTier redFlagTier,
            boolean required,
            @Nullable Boolean raisesAlone,
            @Nullable String exclusiveOption) {}
}
