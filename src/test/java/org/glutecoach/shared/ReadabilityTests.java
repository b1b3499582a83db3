package org.glutecoach.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadabilityTests {

    @ParameterizedTest
    @CsvSource({
        "cat,1",
        "table,2",
        "walked,1",
        "wanted,2",
        "muscle,2",
        "muscles,2",
        "stretched,1",
        "pelvis,2",
        "sitting,2",
        "forward,2",
        "tightness,2",
        "therapist,3",
        "buttocks,2",
        "physiotherapy,6",
        "evidence,3",
        "diagnosis,4",
        "comfortable,4",
        "the,1",
        "every,2"
    })
    void countsSyllablesOfKnownWords(String word, int syllables) {
        assertThat(Readability.syllables(word)).isEqualTo(syllables);
    }

    @ParameterizedTest
    @CsvSource({"10,1", "3,1", "7,2", "999,3", "111,3", "45,3", "24-hour,4", "2,1", "65,3", "100,3", "20,2"})
    void countsDigitsAsTheirSpokenWords(String word, int syllables) {
        assertThat(Readability.syllables(word)).isEqualTo(syllables);
    }

    @Test
    void saysPhoneNumbersDigitByDigitAndOtherNumbersInFull() {
        assertThat(Readability.spoken("999")).isEqualTo("nine nine nine");
        assertThat(Readability.spoken("10")).isEqualTo("ten");
        assertThat(Readability.spoken("245")).isEqualTo("two hundred and forty five");
    }

    @Test
    void digitsMakeATextHarderToReadThanIgnoringThem() {
        // Before digits were counted they had no syllables and flattered a score; now "999" weighs three.
        assertThat(Readability.fleschReadingEase("Call 999 now."))
                .isLessThan(Readability.fleschReadingEase("Call now now."));
    }

    @Test
    void gradeMatchesTheFormulaOnAWorkedExample() {
        // 2 sentences, 8 words, 10 syllables: 0.39 * 4 + 11.8 * 1.25 - 15.59 = 0.72
        assertThat(Readability.fleschKincaidGrade("Sitting still is hard. Walking helps a lot."))
                .isCloseTo(0.72, within(0.01));
        assertThat(Readability.fleschKincaidGrade(
                        "Musculoskeletal conditions necessitate comprehensive " + "multidisciplinary evaluation."))
                .isGreaterThan(12);
    }

    @Test
    void findsTheLongestSentence() {
        assertThat(Readability.longestSentence("One two three. One two three four five."))
                .isEqualTo(5);
    }

    @Test
    void plainSentencesScoreHigh() {
        assertThat(Readability.fleschReadingEase("The cat sat on the mat. It was a good cat."))
                .isGreaterThan(100);
    }

    @Test
    void denseProseScoresLow() {
        assertThat(Readability.fleschReadingEase("Musculoskeletal conditions necessitate comprehensive "
                        + "multidisciplinary evaluation incorporating biopsychosocial considerations."))
                .isLessThan(0);
    }

    @Test
    void matchesTheFormulaOnAWorkedExample() {
        // 2 sentences, 8 words, 10 syllables: 206.835 - 1.015 * 4 - 84.6 * 1.25 = 97.025
        assertThat(Readability.fleschReadingEase("Sitting still is hard. Walking helps a lot."))
                .isCloseTo(97.025, within(0.01));
    }
}
