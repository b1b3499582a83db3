package org.glutecoach.identity;

import java.util.List;

/**
 * Pages a module serves to the practice's staff only: {@code staff} to any therapist, {@code owner} to the
 * practice owner alone. Declared as a bean by the module that serves them; identity's security rules refuse
 * everyone else (403), so no handler checks roles itself. Patterns are Spring's path patterns.
 */
public record StaffOnlyPaths(List<String> staff, List<String> owner) {

    public StaffOnlyPaths {
        staff = List.copyOf(staff);
        owner = List.copyOf(owner);
    }
}
