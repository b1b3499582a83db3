package org.glutecoach.practice.clients.notes.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.glutecoach.identity.AccountView;
import org.glutecoach.identity.CurrentAccount;
import org.glutecoach.practice.clients.OwnerOnly;
import org.glutecoach.practice.clients.notes.InvalidTemplate;
import org.glutecoach.practice.clients.notes.NoteTemplateView;
import org.glutecoach.practice.clients.notes.NoteTemplatesService;
import org.glutecoach.practice.clients.notes.TemplateNotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The practice owner's note templates (owner-only by the security rules, see {@link NotesWebConfiguration}): the
 * list, a new template of their own, rewording any template, resetting a bundled one to its bundled wording and
 * deleting one of their own. Plain forms; no script needed.
 */
@Controller
@RequestMapping("/practice/note-templates")
class NoteTemplatePages {

    private static final String LIST = "practice/notes/templates";
    private static final String EDIT = "practice/notes/template";
    private static final String BACK_TO_LIST = "redirect:/practice/note-templates";

    private final NoteTemplatesService templates;

    NoteTemplatePages(NoteTemplatesService templates) {
        this.templates = templates;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("templates", templates.all());
        return LIST;
    }

    @GetMapping("/new")
    String start(Model model) {
        return form(null, TemplateForm.empty(), model);
    }

    @PostMapping
    String add(
            @CurrentAccount AccountView me,
            @ModelAttribute("form") TemplateForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response) {
        try {
            templates.add(me.id(), form.edit());
            return BACK_TO_LIST + "?saved";
        } catch (InvalidTemplate invalid) {
            return rejected(null, form, invalid, errors, model, response);
        }
    }

    @GetMapping("/{key}")
    String edit(@PathVariable String key, Model model) {
        var template = templates.named(key).orElseThrow(TemplateNotFound::new);
        return form(template, TemplateForm.of(template), model);
    }

    @PostMapping("/{key}")
    String change(
            @CurrentAccount AccountView me,
            @PathVariable String key,
            @ModelAttribute("form") TemplateForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response) {
        try {
            templates.change(me.id(), key, form.edit());
            return BACK_TO_LIST + "?saved";
        } catch (InvalidTemplate invalid) {
            var template = templates.named(key).orElseThrow(TemplateNotFound::new);
            return rejected(template, form, invalid, errors, model, response);
        }
    }

    @PostMapping("/{key}/reset")
    String reset(@CurrentAccount AccountView me, @PathVariable String key) {
        templates.reset(me.id(), key);
        return BACK_TO_LIST + "?reset";
    }

    @PostMapping("/{key}/delete")
    String delete(@CurrentAccount AccountView me, @PathVariable String key) {
        templates.remove(me.id(), key);
        return BACK_TO_LIST + "?deleted";
    }

    @ExceptionHandler
    void notFound(TemplateNotFound notFound, HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    @ExceptionHandler
    void ownerOnly(OwnerOnly refused, HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }

    private String rejected(
            @Nullable NoteTemplateView template,
            TemplateForm form,
            InvalidTemplate invalid,
            BindingResult errors,
            Model model,
            HttpServletResponse response) {
        invalid.messageKeysByField().forEach(errors::rejectValue);
        response.setStatus(422);
        return form(template, form, model);
    }

    private String form(@Nullable NoteTemplateView template, TemplateForm form, Model model) {
        model.addAttribute("template", template).addAttribute("form", form);
        return EDIT;
    }
}
