package org.glutecoach.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.glutecoach.identity.InvalidCredentials;
import org.junit.jupiter.api.Test;

class PasswordTests {

    @Test
    void needsTwelveCharactersAndNothingElse() {
        assertThat(Password.of("aaaaaaaaaaaa").value()).hasSize(12);
        assertThatThrownBy(() -> Password.of("aaaaaaaaaaa")).isInstanceOf(InvalidCredentials.class);
    }

    @Test
    void countsCharactersNotBytesForTheMinimum() {
        assertThat(Password.of("ééééééééééé€").value()).hasSize(12);
    }

    @Test
    void refusesMoreThanBcryptCanHash() {
        assertThatThrownBy(() -> Password.of("🙂".repeat(19))).isInstanceOf(InvalidCredentials.class);
    }

    @Test
    void neverPrintsItself() {
        assertThat(Password.of("correct horse battery").toString()).doesNotContain("horse");
    }
}
