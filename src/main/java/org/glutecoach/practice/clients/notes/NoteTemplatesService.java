package org.glutecoach.practice.clients.notes;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.glutecoach.identity.AccountId;
import org.glutecoach.identity.AccountView;
import org.glutecoach.identity.IdentityService;
import org.glutecoach.practice.clients.OwnerOnly;
import org.glutecoach.practice.clients.notes.domain.BundledTemplates;
import org.glutecoach.practice.clients.notes.domain.NoteTemplate;
import org.glutecoach.practice.clients.notes.domain.NoteTemplates;
import org.glutecoach.practice.clients.notes.domain.TemplateText;
import org.glutecoach.shared.AuditAction;
import org.glutecoach.shared.AuditEvent;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The practice's note templates: the three bundled ones (in the owner's wording where they changed it) and the
 * owner's own. Every staff member starts notes from them; only the practice owner changes them, and each change
 * goes in the audit log (naming the template, never its text).
 */
@Service
@Transactional
public class NoteTemplatesService {

    /** Enough for every kind of session a practice has, short of a list nobody can choose from. */
    static final int MAX_OWN = 30;

    private final BundledTemplates bundled;
    private final NoteTemplates saved;
    private final IdentityService identity;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NoteTemplatesService(
            BundledTemplates bundled,
            NoteTemplates saved,
            IdentityService identity,
            ApplicationEventPublisher events,
            Clock clock) {
        this.bundled = bundled;
        this.saved = saved;
        this.identity = identity;
        this.events = events;
        this.clock = clock;
    }

    /** The bundled templates in their order, then the owner's own by name. */
    @Transactional(readOnly = true)
    public List<NoteTemplateView> all() {
        var all = new ArrayList<NoteTemplateView>();
        bundled.all().forEach(template -> all.add(bundledView(template)));
        saved.findByBundledKeyIsNullOrderByName().forEach(own -> all.add(ownView(own)));
        return all;
    }

    /** The template with this key, if there is one (a key that is neither bundled nor an id is none). */
    @Transactional(readOnly = true)
    public Optional<NoteTemplateView> named(String key) {
        var isBundled = bundled.named(key);
        if (isBundled.isPresent()) {
            return isBundled.map(this::bundledView);
        }
        return id(key).flatMap(saved::findByIdAndBundledKeyIsNull).map(NoteTemplatesService::ownView);
    }

    /**
     * A template of the owner's own.
     *
     * @throws OwnerOnly unless the caller is the practice owner
     * @throws InvalidTemplate naming every bad field (also when the owner has {@value #MAX_OWN} already)
     */
    public NoteTemplateView add(AccountId owner, EditTemplate edit) {
        checkOwner(owner);
        var template = NoteTemplate.own(edit, clock);
        if (saved.countByBundledKeyIsNull() >= MAX_OWN) {
            throw new InvalidTemplate(Map.of("name", "notes.templates.error.too-many"));
        }
        var added = saved.save(template);
        audit(owner, added.id() + " added");
        return ownView(added);
    }

    /**
     * New wording for a template (and a new name for one of the owner's own).
     *
     * @throws OwnerOnly unless the caller is the practice owner
     * @throws TemplateNotFound if there is no template with this key
     * @throws InvalidTemplate naming every bad field; nothing changes
     */
    public NoteTemplateView change(AccountId owner, String key, EditTemplate edit) {
        checkOwner(owner);
        if (bundled.named(key).isPresent()) {
            var reworded = saved.findByBundledKey(key).orElse(null);
            if (reworded == null) {
                reworded = NoteTemplate.rewording(key, edit, clock);
            } else {
                reworded.change(edit, clock);
            }
            saved.save(reworded);
            audit(owner, key + " changed");
            return named(key).orElseThrow(TemplateNotFound::new);
        }
        var own = id(key).flatMap(saved::findByIdAndBundledKeyIsNull).orElseThrow(TemplateNotFound::new);
        own.change(edit, clock);
        audit(owner, key + " changed");
        return ownView(saved.save(own));
    }

    /**
     * A bundled template back to the bundled wording.
     *
     * @throws OwnerOnly unless the caller is the practice owner
     * @throws TemplateNotFound unless the key names a bundled template
     */
    public NoteTemplateView reset(AccountId owner, String key) {
        checkOwner(owner);
        var template = bundled.named(key).orElseThrow(TemplateNotFound::new);
        saved.findByBundledKey(key).ifPresent(saved::delete);
        audit(owner, key + " reset");
        return bundledView(template);
    }

    /**
     * Deletes a template of the owner's own; notes started from it keep their text.
     *
     * @throws OwnerOnly unless the caller is the practice owner
     * @throws TemplateNotFound unless the key names one of the owner's own templates (bundled ones stay)
     */
    public void remove(AccountId owner, String key) {
        checkOwner(owner);
        var own = id(key).flatMap(saved::findByIdAndBundledKeyIsNull).orElseThrow(TemplateNotFound::new);
        saved.delete(own);
        audit(owner, key + " deleted");
    }

    private void checkOwner(AccountId caller) {
        if (identity.findAccount(caller).filter(AccountView::practiceOwner).isEmpty()) {
            throw new OwnerOnly();
        }
    }

    private void audit(AccountId owner, String detail) {
        events.publishEvent(new AuditEvent(owner.value(), null, AuditAction.NOTE_TEMPLATE_CHANGED, detail));
    }

    private NoteTemplateView bundledView(BundledTemplates.Bundled template) {
        var reworded = saved.findByBundledKey(template.key());
        var text = reworded.map(NoteTemplate::text).orElse(template.text());
        return view(template.key(), null, true, reworded.isPresent(), text);
    }

    private static NoteTemplateView ownView(NoteTemplate own) {
        return view(own.id().toString(), own.name(), false, false, own.text());
    }

    private static NoteTemplateView view(
            String key, @Nullable String name, boolean isBundled, boolean reworded, TemplateText text) {
        return new NoteTemplateView(
                key,
                name,
                isBundled,
                reworded,
                text.subjective(),
                text.objective(),
                text.assessment(),
                text.plan(),
                text.treatment());
    }

    private static Optional<UUID> id(String key) {
        try {
            return Optional.of(UUID.fromString(key));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
