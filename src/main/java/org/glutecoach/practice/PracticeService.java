package org.glutecoach.practice;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** What the rest of the application may ask of the practice. */
@Service
public class PracticeService {

    private final PracticeSettings settings;

    PracticeService(PracticeSettings settings) {
        this.settings = settings;
    }

    /** How to reach the practice; empty fields when the owner has not set them. */
    public PracticeContactView contact() {
        var phone = blankToNull(settings.phone());
        return new PracticeContactView(blankToNull(settings.name()), phone,
                phone == null ? null : phone.replaceAll("[^0-9+]", ""), blankToNull(settings.email()),
                blankToNull(settings.address()));
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
