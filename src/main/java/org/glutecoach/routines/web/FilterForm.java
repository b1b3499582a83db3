package org.glutecoach.routines.web;

import java.util.Arrays;
import org.glutecoach.routines.Equipment;
import org.glutecoach.routines.ExerciseKind;
import org.glutecoach.routines.LibraryFilter;
import org.jspecify.annotations.Nullable;

/**
 * The library's filters as they arrive in the address ({@code ?kind=release&equipment=chair&minutes=5}); a value
 * we do not know narrows nothing, as a bookmarked address may outlive a kind.
 */
record FilterForm(
        @Nullable String kind,
        @Nullable String equipment,
        @Nullable Integer minutes) {

    LibraryFilter filter() {
        var byKind = Arrays.stream(ExerciseKind.values())
                .filter(k -> k.slug().equals(kind))
                .findFirst();
        var byEquipment = Arrays.stream(Equipment.values())
                .filter(e -> e.slug().equals(equipment))
                .findFirst();
        return new LibraryFilter(
                byKind.orElse(null), byEquipment.orElse(null), minutes == null || minutes < 1 ? null : minutes);
    }
}
