/**
 * The desk break timer's server side: each signed-in person's timer settings, the breaks their browser reports
 * (taken, skipped, postponed, or "I just stood up"), and statistics of them over working hours. The timer itself
 * runs in the browser. Owns the {@code timer_*} tables; tells the tracker each day's count of breaks by an event.
 */
@ApplicationModule(allowedDependencies = {"shared", "identity"})
@NullMarked
package org.glutecoach.timer;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
