package org.glutecoach.routines;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The routines' settings.
 *
 * @param dir a practice's own exercises and routines ({@code GLUTECOACH_ROUTINES_DIR}, with {@code exercises/}
 *        and {@code routines/} inside), checked exactly like the bundled ones; empty or unset for none
 * @param shortenedDoses whether the player takes {@code ?scale=} to shorten every hold and rest
 *        ({@code GLUTECOACH_ROUTINES_SHORTENED_DOSES}): for tests only, off by default, so nobody can make a
 *        routine's doses shorter than the dosage sheet allows
 */
@ConfigurationProperties("glutecoach.routines")
public record RoutinesSettings(@Nullable String dir, boolean shortenedDoses) {}
