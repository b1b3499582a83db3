/**
 * The audit log: who did what, when and from where, for sign-ins, consent changes, exports, deletions and
 * therapists' views of a client's data. Any module publishes an {@link org.glutecoach.shared.AuditEvent}; this
 * module stores it. The practice owner reads the whole log; a person sees their own part. Owns
 * {@code audit_events}.
 */
@ApplicationModule(allowedDependencies = {"shared", "identity"})
@NullMarked
package org.glutecoach.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
