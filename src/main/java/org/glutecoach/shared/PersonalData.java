package org.glutecoach.shared;

import java.util.UUID;

/**
 * A module's part of a person's data export. Each module that holds anything about a person provides one bean;
 * the export collects them all, so a new module is included by adding its contribution. What {@link #of} returns
 * is written as JSON under {@link #section()}; keep its shape stable and documented in {@code docs/export.md}.
 */
public interface PersonalData {

    /** The key of this part in the export, e.g. {@code "consents"}. */
    String section();

    /** Everything this module holds about the person, as records, lists and maps. */
    Object of(UUID accountId);
}
