package org.glutecoach.practice.clients.notes;

import org.jspecify.annotations.Nullable;

/**
 * A template a note can start from: its key ({@code first-visit}, … for a bundled one, an id for the owner's own),
 * the owner's name for their own (none for a bundled one: pages name it in their words), whether it is bundled
 * and, if so, whether the owner reworded it, and the text each part starts with.
 */
public record NoteTemplateView(
        String key,
        @Nullable String name,
        boolean bundled,
        boolean reworded,
        String subjective,
        String objective,
        String assessment,
        String plan,
        String treatment) {}
