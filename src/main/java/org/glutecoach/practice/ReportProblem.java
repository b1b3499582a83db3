package org.glutecoach.practice;

import org.jspecify.annotations.Nullable;

/**
 * A report that some advice looks wrong, unclear or unsafe, for the practice. Only what the person wrote: no
 * answers or results are attached.
 *
 * @param about which page it is about (a short name such as {@code lesson-4}), or {@code null}
 * @param replyTo where the practice may answer, if the person gave an address
 */
public record ReportProblem(
        @Nullable String about, String message, @Nullable String replyTo) {}
