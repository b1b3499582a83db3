package org.glutecoach.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InvalidFieldsTests {

    private static final class InvalidThing extends InvalidFields {
        InvalidThing(Map<String, String> messageKeysByField) {
            super("Some things need another look", messageKeysByField);
        }
    }

    @Test
    void keepsTheFieldsInTheOrderGivenSoAListOfProblemsReadsTopToBottom() {
        var given = new LinkedHashMap<String, String>();
        for (var field : new String[] {"zeta", "alpha", "mid", "beta", "omega", "gamma", "delta", "kappa"}) {
            given.put(field, "thing." + field + ".wrong");
        }

        var invalid = new InvalidThing(given);

        assertThat(invalid.messageKeysByField()).containsExactlyEntriesOf(given);
        assertThat(invalid.problemType()).isEqualTo("validation");
    }

    @Test
    void aChangeToTheMapAfterwardsChangesNothing() {
        var given = new LinkedHashMap<String, String>();
        given.put("name", "thing.name.missing");
        var invalid = new InvalidThing(given);

        given.put("later", "thing.later");

        assertThat(invalid.messageKeysByField()).containsOnlyKeys("name");
        assertThatThrownBy(() -> invalid.messageKeysByField().put("x", "y"))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
