package org.glutecoach.practice.clients.notes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.glutecoach.identity.AccountId;
import org.glutecoach.practice.clients.ClientId;
import org.jspecify.annotations.Nullable;

/** A session note as the pages, the API and the subject access request show it, amendments in order. */
public record NoteView(
        NoteId id,
        ClientId clientId,
        LocalDate sessionDate,
        NoteStatus status,
        String subjective,
        String objective,
        String assessment,
        String plan,
        String treatment,
        @Nullable TreatmentConsent consent,
        String consentFor,
        List<TreatedArea> areas,
        AccountId writtenBy,
        String writtenByName,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant signedAt,
        List<AmendmentView> amendments) {

    public NoteView {
        areas = List.copyOf(areas);
        amendments = List.copyOf(amendments);
    }

    public boolean signed() {
        return status == NoteStatus.SIGNED;
    }
}
