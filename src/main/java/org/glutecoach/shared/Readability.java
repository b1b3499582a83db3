package org.glutecoach.shared;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Flesch Reading Ease of English text (Flesch 1948): {@code 206.835 - 1.015 * words/sentence - 84.6 *
 * syllables/word}. 60 and over is plain English. And the Flesch-Kincaid grade (Kincaid 1975): {@code 0.39 *
 * words/sentence + 11.8 * syllables/word - 15.59}. The syllable count is the heuristic of
 * docs/domain/readability.md (good enough for a gate, not exact), checked against known words in
 * {@code ReadabilityTests}. Digits count as the words a person says: "10" is "ten", "24-hour" is "twenty-four
 * hour", and the phone numbers 999 and 111 are "nine nine nine" and "one one one".
 */
public final class Readability {

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(\\s|$)|\\n+");
    private static final Pattern VOWEL_GROUPS = Pattern.compile("[aeiouy]+");
    private static final Map<String, Integer> EXCEPTIONS = Map.ofEntries(
            Map.entry("buttocks", 2),
            Map.entry("buttock", 2),
            Map.entry("physio", 3),
            Map.entry("someone", 2),
            Map.entry("sometimes", 2),
            Map.entry("everyday", 3),
            Map.entry("every", 2),
            Map.entry("area", 3),
            Map.entry("idea", 3),
            Map.entry("being", 2),
            Map.entry("doing", 2),
            Map.entry("going", 2),
            Map.entry("people", 2),
            Map.entry("little", 2),
            Map.entry("pelvis", 2),
            Map.entry("spasm", 2),
            Map.entry("spasms", 2),
            Map.entry("tired", 1),
            Map.entry("lying", 2),
            Map.entry("quiet", 2),
            Map.entry("physiotherapy", 6),
            Map.entry("physiotherapist", 6),
            Map.entry("diagnosis", 4),
            Map.entry("comfortable", 4),
            Map.entry("movement", 2),
            Map.entry("hundred", 2),
            Map.entry("ninety", 2));

    private Readability() {}

    public static double fleschReadingEase(String text) {
        var counts = Counts.of(text);
        if (counts.wordCount == 0) {
            return 100;
        }
        return 206.835 - 1.015 * counts.wordsPerSentence() - 84.6 * counts.syllablesPerWord();
    }

    /** The Flesch-Kincaid grade (US school grade; a UK reading age is about the grade plus 5). */
    public static double fleschKincaidGrade(String text) {
        var counts = Counts.of(text);
        if (counts.wordCount == 0) {
            return 0;
        }
        return 0.39 * counts.wordsPerSentence() + 11.8 * counts.syllablesPerWord() - 15.59;
    }

    /** The longest sentence of the text, in words (GOV.UK: check any over 25). */
    public static int longestSentence(String text) {
        return sentences(text).stream()
                .mapToInt(s -> words(s).split(" ").length)
                .max()
                .orElse(0);
    }

    private static List<String> sentences(String text) {
        return Arrays.stream(SENTENCE_END.split(text.strip()))
                .filter(s -> !words(s).isEmpty())
                .toList();
    }

    private record Counts(int sentenceCount, int wordCount, int syllableCount) {

        static Counts of(String text) {
            var sentences = Readability.sentences(text);
            var words = sentences.stream()
                    .flatMap(s -> Arrays.stream(words(s).split(" ")))
                    .toList();
            return new Counts(
                    Math.max(1, sentences.size()),
                    words.size(),
                    words.stream().mapToInt(Readability::syllables).sum());
        }

        double wordsPerSentence() {
            return (double) wordCount / sentenceCount;
        }

        double syllablesPerWord() {
            return (double) syllableCount / wordCount;
        }
    }

    public static int syllables(String word) {
        if (word.matches(".*\\d.*")) {
            // "24-hour", "3", "999": each part as it is said
            int count = 0;
            for (var part : word.split("[-\u2010\u2011]")) {
                for (var spoken : spoken(part).split(" ")) {
                    count += spoken.isEmpty() ? 0 : syllables(spoken);
                }
            }
            return count;
        }
        var w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (w.isEmpty()) {
            return 0; // a symbol on its own is not read out
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

    private static final List<String> PHONE_NUMBERS = List.of("999", "111", "112", "101", "119");
    private static final String[] ONES = {
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen"
    };
    private static final String[] TENS = {
        "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"
    };

    /** A token with digits in the words a person says: phone numbers digit by digit, other numbers in full. */
    static String spoken(String token) {
        var digits = token.replaceAll("[^0-9]", "");
        var letters = token.replaceAll("[0-9.,]", "");
        if (digits.isEmpty()) {
            return letters;
        }
        if (PHONE_NUMBERS.contains(digits) || digits.length() > 6) {
            var said = new StringBuilder();
            digits.chars().forEach(c -> said.append(ONES[c - '0']).append(' '));
            return (said + letters).strip();
        }
        return (cardinal(Integer.parseInt(digits)) + " " + letters).strip();
    }

    private static String cardinal(int n) {
        if (n < 20) {
            return ONES[n];
        }
        if (n < 100) {
            return TENS[n / 10] + (n % 10 == 0 ? "" : " " + ONES[n % 10]);
        }
        if (n < 1000) {
            return ONES[n / 100] + " hundred" + (n % 100 == 0 ? "" : " and " + cardinal(n % 100));
        }
        return cardinal(n / 1000) + " thousand" + (n % 1000 == 0 ? "" : " " + cardinal(n % 1000));
    }

    private static String words(String sentence) {
        return sentence.replaceAll("[^\\p{L}\\p{N}'’\\- ]", " ")
                .replaceAll("\\s+", " ")
                .strip();
    }

    private static boolean isVowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }

    /** Wording that diagnoses or promises: "you have sciatica", "your diagnosis", "this will cure", … */
    static final java.util.List<Pattern> DIAGNOSTIC = java.util.List.of(
            Pattern.compile(
                    "\\byou have (a|an)?\\s*(condition|disease|syndrome|disorder|injury|sciatica|"
                            + "arthritis|spondyl\\w*|cauda|cancer|infection|slipped|herniat\\w*)",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\byour diagnosis\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\bdiagnos(e|is|ed)\\b(?<!this is not a diagnosis)", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\byour pelvis is tilted\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile(
                    "\\bcaused by\\b|\\bcures?\\b|\\bguaranteed?\\b|\\bfix(es|ed)?\\b", Pattern.CASE_INSENSITIVE));

    /** Whether the text diagnoses or promises; saying that something is not a diagnosis is fine. */
    public static boolean isDiagnostic(String text) {
        var withoutDisclaimer = text.replaceAll("(?i)(this|it) is not a diagnosis", "");
        return DIAGNOSTIC.stream().anyMatch(p -> p.matcher(withoutDisclaimer).find());
    }
}
