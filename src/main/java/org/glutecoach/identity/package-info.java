/**
 * Who is signed in: accounts (a person or a therapist), sign-up and sign-in, and the account's own settings.
 * Owns the {@code identity_*} tables, including the shared HTTP sessions.
 */
@ApplicationModule(allowedDependencies = {"shared", "mail"})
@NullMarked
package org.glutecoach.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
