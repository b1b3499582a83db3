package org.glutecoach.identity;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.glutecoach.shared.EmailAddresses;
import org.glutecoach.shared.web.UsableEmail;

/**
 * The one form rule for an address that is to become (or find) an account: given, at most
 * {@value EmailAddresses#MAX_LENGTH} characters, and usable as {@link EmailAddress} will store it, with the same
 * messages the domain gives. Forms in every module use it instead of repeating the three checks.
 */
@NotBlank(message = "{identity.sign-up.email.required}")
@UsableEmail(message = "{identity.email.invalid}", notPlainMessage = "{identity.email.not-plain}")
@Size(max = EmailAddresses.MAX_LENGTH, message = "{identity.email.invalid}")
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
@Documented
public @interface AccountEmail {

    String message() default "{identity.email.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
