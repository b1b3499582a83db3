package org.glutecoach.practice.web;

import java.util.UUID;
import org.glutecoach.audit.AuditQuery;
import org.glutecoach.identity.IdentityService;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The owner's filter of the audit log as it comes in the address: {@code person} (an email address typed in, or
 * the id behind a name in the table), {@code action} and {@code page}. Every value is optional.
 */
public record AuditFilter(
        @Nullable String person,
        @Nullable String action,
        @Nullable Integer page) {

    static final int PAGE_SIZE = 50;

    public AuditFilter {
        person = person == null || person.isBlank() ? null : person.strip();
        action = action == null || action.isBlank() ? null : action.strip();
    }

    /** The query, or null when the person typed in has no account (so nothing can match). */
    @Nullable
    AuditQuery query(IdentityService identity) {
        UUID id = null;
        if (person != null) {
            id = asId(person);
            if (id == null) {
                var found = identity.findAccountByEmail(person);
                if (found.isEmpty()) {
                    return null;
                }
                id = found.get().id().value();
            }
        }
        return new AuditQuery(id, action, page == null ? 1 : page, PAGE_SIZE);
    }

    /** The address of another page with the same filter. */
    public String pageLink(int other) {
        return UriComponentsBuilder.fromPath("/practice/audit")
                .queryParamIfPresent("person", java.util.Optional.ofNullable(person))
                .queryParamIfPresent("action", java.util.Optional.ofNullable(action))
                .queryParam("page", other)
                .encode()
                .build()
                .toUriString();
    }

    private static @Nullable UUID asId(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
