package com.gauthconsole.system;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A DNS host name or an IPv4 address; with {@code lines}, each line. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = HostNameValidator.class)
public @interface HostName {

    String message() default "Enter a host name such as acme.example.com, or an IPv4 address";

    boolean lines() default false;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
