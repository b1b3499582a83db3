package org.glutecoach.privacy;

import java.util.Map;
import java.util.UUID;
import org.glutecoach.privacy.domain.Consents;
import org.glutecoach.shared.PersonalData;
import org.springframework.stereotype.Component;

/** The privacy module's part of the export: the whole consent history. */
@Component
class ConsentData implements PersonalData {

    private final Consents consents;

    ConsentData(Consents consents) {
        this.consents = consents;
    }

    @Override
    public String section() {
        return "consents";
    }

    @Override
    public Object of(UUID accountId) {
        return Map.of("history", consents.historyOf(accountId));
    }
}
