package org.glutecoach.practice.clients.notes;

/** A template a note can start from: its key ({@code first-visit}, …) and the text each part starts with. */
public record NoteTemplateView(
        String key, String subjective, String objective, String assessment, String plan, String treatment) {}
