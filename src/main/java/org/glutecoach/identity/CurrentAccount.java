package org.glutecoach.identity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler parameter of type {@link AccountView} that receives the signed-in account, read fresh from the
 * database on each request (the session holds only {@link SignedInAccount}). Used only where the handler needs
 * someone signed in; the security rules make sure someone is.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface CurrentAccount {}
