package com.gauthconsole.user;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A new password that follows the {@link PasswordPolicy}. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = AcceptablePasswordValidator.class)
@interface AcceptablePassword {

    String message() default "Choose another password.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
