/**
 * The practice behind this installation: who runs it and how to reach them. Clients, booking and session notes
 * join here as nested modules.
 */
@ApplicationModule(allowedDependencies = {"shared", "identity", "mail", "audit", "selfcheck"})
@NullMarked
package org.glutecoach.practice;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
