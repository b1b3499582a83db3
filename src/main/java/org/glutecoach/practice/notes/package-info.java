/**
 * Session notes, the practice's clinical record of each client: notes in a SOAP layout that are drafts until the
 * therapist signs them and never change after, amendments added beneath, keeping the record for the retention
 * period after the last contact, and the client's subject access request. Owns the {@code practice_session_notes}
 * and {@code practice_note_amendments} tables (ADR 20).
 */
@ApplicationModule(
        displayName = "Session notes",
        allowedDependencies = {"shared", "identity"})
@NullMarked
package org.glutecoach.practice.notes;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
