package com.gauthconsole.user;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A user name: lower case so that "Admin" and "admin" can never be two people, and no characters that need
 * escaping anywhere it is shown or logged.
 */
@NotBlank(message = "Enter a user name.")
@Size(max = Username.MAX_LENGTH, message = "Use at most " + Username.MAX_LENGTH + " characters.")
@Pattern(regexp = Username.PATTERN, message = "Use only lower-case letters, digits and . _ @ -")
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
@interface Username {

    int MAX_LENGTH = 100;

    String PATTERN = "[a-z0-9._@-]*";

    String message() default "Enter a valid user name.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
