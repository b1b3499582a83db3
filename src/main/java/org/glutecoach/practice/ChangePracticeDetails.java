package org.glutecoach.practice;

import org.jspecify.annotations.Nullable;

/** The owner's new contact details for the practice; blank fields are removed. */
public record ChangePracticeDetails(
        @Nullable String name,
        @Nullable String phone,
        @Nullable String email,
        @Nullable String address) {}
