package org.glutecoach.shared.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.ZoneId;
import java.util.List;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A region-based time zone id such as {@code Europe/London}; blank is left to {@code @NotBlank}. {@link #CHOICES}
 * is the list the pages offer.
 */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = KnownTimeZone.Validator.class)
public @interface KnownTimeZone {

    /** The zones a person chooses from: region ids (Europe/London), sorted, without the Etc/ and SystemV/ aliases. */
    List<String> CHOICES = Validator.choices();

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the id against the zones this JVM knows. */
    final class Validator implements ConstraintValidator<KnownTimeZone, String> {

        // Here, not in the annotation: an annotation type cannot hold the lambda's method.
        private static List<String> choices() {
            return ZoneId.getAvailableZoneIds().stream()
                    .filter(zone -> zone.contains("/") && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/"))
                    .sorted().toList();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isBlank() || ZoneId.getAvailableZoneIds().contains(value);
        }
    }
}
