package org.glutecoach.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Flesch Reading Ease of English text (Flesch 1948): {@code 206.835 - 1.015 * words/sentence - 84.6 *
 * syllables/word}. 60 and over is plain English. The syllable count is the heuristic of
 * docs/domain/readability.md (good enough for a gate, not exact), checked against known words in
 * {@code ReadabilityTests}.
 */
public final class Readability {

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(\\s|$)|\\n+");
    private static final Pattern VOWEL_GROUPS = Pattern.compile("[aeiouy]+");
    private static final Map<String, Integer> EXCEPTIONS = Map.ofEntries(
            Map.entry("buttocks", 2), Map.entry("buttock", 2), Map.entry("physio", 3), Map.entry("someone", 2),
            Map.entry("sometimes", 2), Map.entry("everyday", 3), Map.entry("every", 2), Map.entry("area", 3),
            Map.entry("idea", 3), Map.entry("being", 2), Map.entry("doing", 2), Map.entry("going", 2),
            Map.entry("people", 2), Map.entry("little", 2), Map.entry("pelvis", 2), Map.entry("spasm", 2),
            Map.entry("spasms", 2), Map.entry("tired", 1), Map.entry("lying", 2), Map.entry("quiet", 2),
            Map.entry("physiotherapy", 6), Map.entry("physiotherapist", 6), Map.entry("diagnosis", 4),
            Map.entry("comfortable", 4), Map.entry("movement", 2));

    private Readability() {
    }

    public static double fleschReadingEase(String text) {
        var sentences = Arrays.stream(SENTENCE_END.split(text.strip())).filter(s -> !words(s).isEmpty()).toList();
        int sentenceCount = Math.max(1, sentences.size());
        var words = sentences.stream().flatMap(s -> Arrays.stream(words(s).split(" "))).toList();
        if (words.isEmpty()) {
            return 100;
        }
        int syllables = words.stream().mapToInt(Readability::syllables).sum();
        return 206.835 - 1.015 * ((double) words.size() / sentenceCount) - 84.6 * ((double) syllables / words.size());
    }

    public static int syllables(String word) {
        var w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (w.isEmpty()) {
            return 0; // a number or a symbol: read as "nine", one syllable is the usual case
        }
        if (EXCEPTIONS.containsKey(w)) {
            return EXCEPTIONS.get(w);
        }
        if (w.length() <= 3) {
            return 1;
        }
        if (w.endsWith("es") || w.endsWith("ed")) {
            var stem = w.substring(0, w.length() - 2);
            if (!stem.endsWith("t") && !stem.endsWith("d") && !w.endsWith("les")) {
                w = stem;
            }
        } else if (w.endsWith("e") && !(w.endsWith("le") && w.length() > 2 && !isVowel(w.charAt(w.length() - 3)))) {
            w = w.substring(0, w.length() - 1);
        }
        var groups = VOWEL_GROUPS.matcher(w);
        int count = 0;
        while (groups.find()) {
            count++;
        }
        return Math.max(1, count);
    }

    private static String words(String sentence) {
        return sentence.replaceAll("[^\\p{L}\\p{N}'’\\- ]", " ").replaceAll("\\s+", " ").strip();
    }

    private static boolean isVowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }

    /** Wording that diagnoses or promises: "you have sciatica", "your diagnosis", "this will cure", … */
    static final java.util.List<Pattern> DIAGNOSTIC = java.util.List.of(
            Pattern.compile("\\byou have (a|an)?\\s*(condition|disease|syndrome|disorder|injury|sciatica|"
                    + "arthritis|spondyl\\w*|cauda|cancer|infection|slipped|herniat\\w*)", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\byour diagnosis\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\bdiagnos(e|is|ed)\\b(?<!this is not a diagnosis)", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\byour pelvis is tilted\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\bcaused by\\b|\\bcures?\\b|\\bguaranteed?\\b|\\bfix(es|ed)?\\b",
                    Pattern.CASE_INSENSITIVE));

    /** Whether the text diagnoses or promises; saying that something is not a diagnosis is fine. */
    public static boolean isDiagnostic(String text) {
        var withoutDisclaimer = text.replaceAll("(?i)(this|it) is not a diagnosis", "");
        return DIAGNOSTIC.stream().anyMatch(p -> p.matcher(withoutDisclaimer).find());
    }
}
