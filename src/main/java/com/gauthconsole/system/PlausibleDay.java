package com.gauthconsole.system;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A day a query may be asked about: from 2000-01-01 to 2999-12-31; null passes. ISO dates bind years of up to nine
 * digits, which date arithmetic and the databases' timestamps cannot take.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlausibleDayValidator.class)
public @interface PlausibleDay {

    String message() default "Choose a day between 2000-01-01 and 2999-12-31.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
