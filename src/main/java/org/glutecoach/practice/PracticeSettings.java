package org.glutecoach.practice;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How people reach the practice, set by the practice owner ({@code GLUTECOACH_PRACTICE_NAME} and friends). Every
 * value is optional; a bad value stops the app at start-up with a message naming it. {@code reportsPerHour}
 * ({@code GLUTECOACH_PRACTICE_REPORTS_PER_HOUR}) caps the "report a problem" mails to the practice.
 */
@ConfigurationProperties("glutecoach.practice")
@Validated
public record PracticeSettings(
        @Nullable @Size(max = 120) String name,

        @Nullable @Pattern(regexp = "^$|^[0-9+() -]{6,25}$", message = "must be a phone number")
        String phone,

        @Nullable @Email String email,
        @Nullable @Size(max = 300) String address,
        @DefaultValue("20") @Positive int reportsPerHour) {}
