package org.glutecoach.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadabilityTests {

    @ParameterizedTest
    @CsvSource({"cat,1", "table,2", "walked,1", "wanted,2", "muscle,2", "muscles,2", "stretched,1", "pelvis,2",
        "sitting,2", "forward,2", "tightness,2", "therapist,3", "buttocks,2", "physiotherapy,6", "evidence,3",
        "diagnosis,4", "comfortable,4", "the,1", "every,2"})
    void countsSyllablesOfKnownWords(String word, int syllables) {
        assertThat(Readability.syllables(word)).isEqualTo(syllables);
    }

    @Test
    void plainSentencesScoreHigh() {
        assertThat(Readability.fleschReadingEase("The cat sat on the mat. It was a good cat.")).isGreaterThan(100);
    }

    @Test
    void denseProseScoresLow() {
        assertThat(Readability.fleschReadingEase("Musculoskeletal conditions necessitate comprehensive "
                + "multidisciplinary evaluation incorporating biopsychosocial considerations.")).isLessThan(0);
    }

    @Test
    void matchesTheFormulaOnAWorkedExample() {
        // 2 sentences, 8 words, 10 syllables: 206.835 - 1.015 * 4 - 84.6 * 1.25 = 97.025
        assertThat(Readability.fleschReadingEase("Sitting still is hard. Walking helps a lot."))
                .isCloseTo(97.025, within(0.01));
    }
}
