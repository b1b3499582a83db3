/**
 * Guided routines: an exercise library kept as data, ready-made and personal routines, and a player that counts
 * holds, sets and sides. Release of the buttock muscles and switching them on, each side on its own.
 */
@ApplicationModule(allowedDependencies = {"shared", "identity", "privacy", "selfcheck"})
@NullMarked
package org.glutecoach.routines;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
