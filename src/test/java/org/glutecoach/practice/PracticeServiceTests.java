package org.glutecoach.practice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PracticeServiceTests {

    @Test
    void aPhoneNumberBecomesATapToCallNumber() {
        var contact = new PracticeService(new PracticeSettings(" Clinic ", "+44 (0)20 7946 0000", "", null))
                .contact();
        assertThat(contact.name()).isEqualTo("Clinic");
        assertThat(contact.phoneLink()).isEqualTo("+440207946" + "0000");
        assertThat(contact.email()).isNull();
        assertThat(contact.isEmpty()).isFalse();
    }

    @Test
    void nothingSetMeansNoDetails() {
        assertThat(new PracticeService(new PracticeSettings(null, " ", null, "")).contact().isEmpty()).isTrue();
    }
}
