package org.glutecoach.audit;

import java.util.List;

/** One page of the log and whether there are newer or older pages. */
public record AuditPage(List<AuditLine> lines, int page, boolean hasNewer, boolean hasOlder) {

    public AuditPage {
        lines = List.copyOf(lines);
    }
}
