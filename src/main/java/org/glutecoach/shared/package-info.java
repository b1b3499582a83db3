/**
 * What every module may use: the page layout, error pages and problem+json mapping, the clock and the default
 * time zone, the shared settings, rate limits, the base exception, audit events and their actions, and the
 * personal-data export contract. It names no feature; anything that does belongs in that feature's module.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package org.glutecoach.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
