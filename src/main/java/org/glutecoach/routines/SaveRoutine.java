package org.glutecoach.routines;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A person's own routine as they send it: its name and the library's exercises by id, in order. Checked by the
 * service, which answers {@link InvalidRoutine} with a message for each field.
 */
public record SaveRoutine(@Nullable String name, @Nullable List<String> exercises) {}
