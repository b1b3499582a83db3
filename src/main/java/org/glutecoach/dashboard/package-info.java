/**
 * The signed-in person's starting page: what is left to set up (verify the address, decide on consent) and the
 * way to everything else, with the person's course when they take it. For the practice owner, it also warns
 * when mail cannot go out.
 */
@ApplicationModule(allowedDependencies = {"shared", "identity", "privacy", "mail", "course", "tracker"})
@NullMarked
package org.glutecoach.dashboard;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
