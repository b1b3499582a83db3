package org.glutecoach.identity;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.glutecoach.identity.domain.Password;

/**
 * The one form rule for a new password: given, and acceptable to the domain's {@code Password} (at least 12
 * characters, at most 72 bytes, not a common password), with the domain's message for whichever rule it breaks.
 * Forms in every module use it, so a form cannot accept what the domain refuses or refuse what it accepts.
 */
@NotBlank(message = "{identity.sign-up.password.required}")
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NewPassword.Validator.class)
@Documented
public @interface NewPassword {

    String message() default "{identity.password.short}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Asks the domain; blank is left to {@code @NotBlank}. */
    final class Validator implements ConstraintValidator<NewPassword, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            try {
                Password.of(value);
                return true;
            } catch (InvalidCredentials broken) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate("{" + broken.messageKey() + "}")
                        .addConstraintViolation();
                return false;
            }
        }
    }
}
