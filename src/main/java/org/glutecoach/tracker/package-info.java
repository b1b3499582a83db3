/**
 * The daily tracker: one short log per person and day (sitting, soreness on the left, the right and the middle,
 * what they did), honest charts and plain findings about change. Owns the {@code tracker_*} tables; the routines
 * mark their sessions in it through an event, and the desk timer its breaks.
 */
@ApplicationModule(allowedDependencies = {"shared", "identity", "privacy", "routines", "timer"})
@NullMarked
package org.glutecoach.tracker;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
