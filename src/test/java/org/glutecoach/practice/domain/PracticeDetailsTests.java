package org.glutecoach.practice.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.glutecoach.practice.InvalidPracticeDetails;
import org.junit.jupiter.api.Test;

class PracticeDetailsTests {

    @Test
    void aPhoneNumberBecomesATapToCallNumber() {
        var details = new PracticeDetails(" Clinic ", "+44 20 7946 0000", "", null);
        assertThat(details.name()).isEqualTo("Clinic");
        assertThat(details.phoneLink()).isEqualTo("+442079460000");
        assertThat(details.email()).isNull();
    }

    @Test
    void blankMeansNotGiven() {
        assertThat(new PracticeDetails(" ", "", null, "\n")).isEqualTo(PracticeDetails.none());
    }

    @Test
    void eachUnusableValueNamesItsField() {
        assertThatThrownBy(() -> new PracticeDetails("x".repeat(121), null, null, null))
                .isInstanceOfSatisfying(
                        InvalidPracticeDetails.class,
                        e -> assertThat(e.messageKey()).isEqualTo("practice.details.name.long"));
        assertThatThrownBy(() -> new PracticeDetails(null, "call me", null, null))
                .isInstanceOfSatisfying(
                        InvalidPracticeDetails.class, e -> assertThat(e.field()).isEqualTo("phone"));
        assertThatThrownBy(() -> new PracticeDetails(null, null, "not an address", null))
                .isInstanceOfSatisfying(
                        InvalidPracticeDetails.class, e -> assertThat(e.field()).isEqualTo("email"));
        assertThatThrownBy(() -> new PracticeDetails(null, null, null, "a".repeat(301)))
                .isInstanceOfSatisfying(
                        InvalidPracticeDetails.class, e -> assertThat(e.field()).isEqualTo("address"));
    }
}
