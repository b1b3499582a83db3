package org.glutecoach.shared.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.glutecoach.shared.EmailAddresses;

/**
 * An address every module can store: after the one normalisation ({@link EmailAddresses}) it has the shape of an
 * address and is plain ASCII. Blank is left to {@code @NotBlank}. Forms use it instead of {@code @Email}, which
 * would let look-alike letters from other scripts through.
 */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = UsableEmail.Validator.class)
public @interface UsableEmail {

    String message();

    /** The message when the address has letters from other scripts. */
    String notPlainMessage() default "{form.email.not-plain}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Normalises, then checks the shape and the letters, each with its own message. */
    final class Validator implements ConstraintValidator<UsableEmail, String> {

        private String notPlainMessage = "";

        @Override
        public void initialize(UsableEmail annotation) {
            this.notPlainMessage = annotation.notPlainMessage();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            var problem = EmailAddresses.problem(EmailAddresses.normalised(value));
            if (problem == EmailAddresses.Problem.NOT_PLAIN) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(notPlainMessage).addConstraintViolation();
            }
            return problem == null;
        }
    }
}
