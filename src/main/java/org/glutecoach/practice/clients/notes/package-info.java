/**
 * Session notes, the clinical part of the practice's record of a client, kept inside the clients module because
 * the client and their notes are one record: notes in a SOAP layout that are drafts until the therapist signs them
 * and never change after, amendments added beneath, keeping the record (client, notes, amendments) for the
 * retention period after the last contact, the client's subject access request, and the note templates a note
 * starts from (bundled, reworded or added by the owner). Owns the {@code practice_session_notes},
 * {@code practice_note_amendments} and {@code practice_note_templates} tables (ADR 20).
 */
@NullMarked
package org.glutecoach.practice.clients.notes;

import org.jspecify.annotations.NullMarked;
