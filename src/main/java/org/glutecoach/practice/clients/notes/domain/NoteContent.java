package org.glutecoach.practice.clients.notes.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glutecoach.practice.clients.notes.BodyArea;
import org.glutecoach.practice.clients.notes.InvalidNote;
import org.glutecoach.practice.clients.notes.TreatedArea;
import org.glutecoach.practice.clients.notes.TreatedSide;
import org.glutecoach.practice.clients.notes.TreatmentConsent;
import org.glutecoach.practice.clients.notes.WriteNote;
import org.glutecoach.shared.PlainText;
import org.jspecify.annotations.Nullable;

/**
 * What a note says, checked: a draft may leave sections empty, but nothing too long, no session in the future and
 * no area or side outside the lists. {@link #checkComplete} adds what signing needs.
 */
public record NoteContent(
        LocalDate sessionDate,
        String subjective,
        String objective,
        String assessment,
        String plan,
        String treatment,
        @Nullable TreatmentConsent consent,
        String consentFor,
        List<TreatedArea> areas) {

    /** Enough for a full session's notes, short of pasting in a whole letter. */
    public static final int MAX_SECTION = 10_000;

    static final int MAX_CONSENT_FOR = 500;
    static final int MAX_AREAS = 20;

    public NoteContent {
        areas = List.copyOf(areas);
    }

    /**
     * The note as written, or every problem at once.
     *
     * @param today the therapist's today: a session cannot be later
     * @throws InvalidNote naming each field that breaks a rule
     */
    public static NoteContent of(WriteNote note, LocalDate today) {
        var problems = new LinkedHashMap<String, String>();
        var day = sessionDate(note.sessionDate(), today, problems);
        var subjective = section("subjective", note.subjective(), MAX_SECTION, problems);
        var objective = section("objective", note.objective(), MAX_SECTION, problems);
        var assessment = section("assessment", note.assessment(), MAX_SECTION, problems);
        var plan = section("plan", note.plan(), MAX_SECTION, problems);
        var treatment = section("treatment", note.treatment(), MAX_SECTION, problems);
        var consent = consent(note.consent(), problems);
        var consentFor = section("consentFor", note.consentFor(), MAX_CONSENT_FOR, problems);
        var areas = areas(note.areas() == null ? List.of() : note.areas(), problems);
        if (!problems.isEmpty() || day == null) {
            throw new InvalidNote(problems);
        }
        return new NoteContent(day, subjective, objective, assessment, plan, treatment, consent, consentFor, areas);
    }

    /**
     * A note is signed only when the record is whole: all four SOAP sections, the treatment, and the client's
     * consent with what it was for.
     *
     * @throws InvalidNote naming each part still missing
     */
    void checkComplete() {
        var missing = new LinkedHashMap<String, String>();
        required("subjective", subjective, missing);
        required("objective", objective, missing);
        required("assessment", assessment, missing);
        required("plan", plan, missing);
        required("treatment", treatment, missing);
        if (consent == null) {
            missing.put("consent", "notes.error.sign.consent");
        }
        required("consentFor", consentFor, missing);
        if (!missing.isEmpty()) {
            throw new InvalidNote(missing);
        }
    }

    private static void required(String field, String value, Map<String, String> missing) {
        if (value.isBlank()) {
            missing.put(field, "notes.error.sign." + field);
        }
    }

    private static @Nullable LocalDate sessionDate(
            @Nullable String text, LocalDate today, Map<String, String> problems) {
        if (text == null || text.isBlank()) {
            problems.put("sessionDate", "notes.error.sessionDate.required");
            return null;
        }
        try {
            var day = LocalDate.parse(text.strip());
            if (day.isAfter(today)) {
                problems.put("sessionDate", "notes.error.sessionDate.future");
            }
            return day;
        } catch (DateTimeParseException notADate) {
            problems.put("sessionDate", "notes.error.sessionDate.format");
            return null;
        }
    }

    private static String section(String field, @Nullable String text, int max, Map<String, String> problems) {
        var value = text == null ? "" : text.strip().replace("\r\n", "\n");
        if (value.length() > max) {
            problems.put(field, "notes.error." + field + ".too-long");
        } else if (text != null && PlainText.hasControlCharacters(text, true)) {
            problems.put(field, "notes.error.control");
        }
        return value;
    }

    private static @Nullable TreatmentConsent consent(@Nullable String text, Map<String, String> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return TreatmentConsent.valueOf(text.strip());
        } catch (IllegalArgumentException unknown) {
            problems.put("consent", "notes.error.consent.unknown");
            return null;
        }
    }

    private static List<TreatedArea> areas(List<WriteNote.Area> written, Map<String, String> problems) {
        if (written.size() > MAX_AREAS) {
            problems.put("areas", "notes.error.areas.too-many");
            return List.of();
        }
        var areas = new ArrayList<TreatedArea>();
        for (int i = 0; i < written.size(); i++) {
            var area = named(BodyArea.class, written.get(i).area());
            var side = named(TreatedSide.class, written.get(i).side());
            if (area == null) {
                problems.put("areas[" + i + "].area", "notes.error.area.unknown");
            }
            if (side == null) {
                problems.put("areas[" + i + "].side", "notes.error.side.unknown");
            }
            if (area != null && side != null && !areas.contains(new TreatedArea(area, side))) {
                areas.add(new TreatedArea(area, side));
            }
        }
        return areas;
    }

    private static <E extends Enum<E>> @Nullable E named(Class<E> type, @Nullable String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, name.strip());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
