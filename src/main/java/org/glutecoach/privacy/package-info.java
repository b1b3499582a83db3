/**
 * A person's privacy rights over their health data (special-category data under UK GDPR): separate, revocable
 * consents kept as an append-only history, "download my data" across every module, and deleting the account
 * with everything in it. Owns the {@code privacy_*} tables.
 */
@ApplicationModule(allowedDependencies = {"shared", "identity"})
@NullMarked
package org.glutecoach.privacy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
