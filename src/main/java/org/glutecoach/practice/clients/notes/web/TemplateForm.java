package org.glutecoach.practice.clients.notes.web;

import org.glutecoach.practice.clients.notes.EditTemplate;
import org.glutecoach.practice.clients.notes.NoteTemplateView;
import org.jspecify.annotations.Nullable;

/** The owner's note template form. Everything binds as text; the notes module checks each field. */
record TemplateForm(
        @Nullable String name,
        @Nullable String subjective,
        @Nullable String objective,
        @Nullable String assessment,
        @Nullable String plan,
        @Nullable String treatment) {

    static TemplateForm empty() {
        return new TemplateForm("", "", "", "", "", "");
    }

    static TemplateForm of(NoteTemplateView template) {
        return new TemplateForm(
                template.name() == null ? "" : template.name(),
                template.subjective(),
                template.objective(),
                template.assessment(),
                template.plan(),
                template.treatment());
    }

    EditTemplate edit() {
        return new EditTemplate(name, subjective, objective, assessment, plan, treatment);
    }
}
