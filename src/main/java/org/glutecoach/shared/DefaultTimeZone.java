package org.glutecoach.shared;

import java.time.ZoneId;

/**
 * The time zone used until a person chooses their own, and for times shown on pages that have no person's zone
 * (the practice is in the UK). The one place it is named: pages get it as {@code defaultZone} in their model.
 */
public final class DefaultTimeZone {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private DefaultTimeZone() {}
}
