package org.glutecoach.practice.clients.notes;

import org.jspecify.annotations.Nullable;

/**
 * The owner's wording of a note template: its name (for a template of their own; a bundled one keeps its name)
 * and the text each part of a new note starts with. Everything is text, checked by the notes module.
 */
public record EditTemplate(
        @Nullable String name,
        @Nullable String subjective,
        @Nullable String objective,
        @Nullable String assessment,
        @Nullable String plan,
        @Nullable String treatment) {}
