package org.glutecoach.practice;

import org.jspecify.annotations.Nullable;

/** The practice's contact details as people see them; {@code phoneLink} is the number for a tap-to-call link. */
public record PracticeContactView(
        @Nullable String name,
        @Nullable String phone,
        @Nullable String phoneLink,
        @Nullable String email,
        @Nullable String address) {

    public boolean isEmpty() {
        return name == null && phone == null && email == null && address == null;
    }
}
