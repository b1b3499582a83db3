package org.glutecoach.course.lessons;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.glutecoach.course.Lesson;
import org.glutecoach.shared.Readability;

/**
 * The gates every lesson passes, bundled or a practice's own (docs/domain/readability.md; clinical review
 * 2026-11, sections 5 and 6, HZ-10): readable in about five minutes, plain English, no diagnostic or over-claiming
 * wording, and safety sentences short enough to take in at once.
 */
public final class LessonGates {

    /** About five minutes at 200 words a minute. */
    public static final int MAX_WORDS = 1000;
    /** Flesch Reading Ease for everything but red-flag text. */
    public static final double MIN_READING_EASE = 60;
    /** A sentence that says when to stop or get help is read in a hurry. */
    public static final int MAX_SAFETY_SENTENCE_WORDS = 25;

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\n+");
    private static final Pattern SAFETY = Pattern.compile(
            "\\b999\\b|\\b111\\b|A&E|\\bstop\\b|\\bdo not roll\\b|\\bskip\\b|\\bclot\\b|\\bnumb|pins and needles",
            Pattern.CASE_INSENSITIVE);

    private LessonGates() {}

    /** What keeps the lesson out, in plain words; empty when it passes. */
    public static List<String> problems(Lesson lesson) {
        var problems = new ArrayList<String>();
        var words = wordCount(lesson.text());
        if (words > MAX_WORDS) {
            problems.add(words + " words, more than " + MAX_WORDS);
        }
        var ease = Readability.fleschReadingEase(lesson.text());
        if (ease < MIN_READING_EASE) {
            problems.add(String.format(Locale.ROOT, "Flesch Reading Ease %.0f, below %.0f", ease, MIN_READING_EASE));
        }
        if (Readability.isDiagnostic(
                String.join(" ", lesson.title(), lesson.summary(), lesson.task(), lesson.text()))) {
            problems.add("diagnostic or over-claiming wording (such as 'you have', 'cures' or 'caused by')");
        }
        for (var sentence : safetySentences(lesson.text())) {
            if (wordCount(sentence) > MAX_SAFETY_SENTENCE_WORDS) {
                problems.add("a safety sentence of " + wordCount(sentence) + " words, more than "
                        + MAX_SAFETY_SENTENCE_WORDS + ": \"" + sentence + "\"");
            }
        }
        return problems;
    }

    /** The sentences that say when to stop, what to avoid or where to get help. */
    public static List<String> safetySentences(String text) {
        return Arrays.stream(SENTENCE_END.split(text.strip()))
                .map(String::strip)
                .filter(sentence -> SAFETY.matcher(sentence).find())
                .toList();
    }

    static int wordCount(String text) {
        var stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }
}
