package com.gauthconsole.system;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A {@link com.gauthconsole.secret.Secret} of at most {@code max} characters; null and empty pass. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = SecretLengthValidator.class)
public @interface SecretLength {

    int max();

    String message() default "Use at most {max} characters.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
