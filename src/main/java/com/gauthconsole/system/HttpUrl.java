package com.gauthconsole.system;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An absolute http or https URL with a host and without credentials or a fragment (nor a query unless allowed); with
 * {@code lines}, each line; with {@code placeholders}, once each is replaced by a domain name.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = HttpUrlValidator.class)
public @interface HttpUrl {

    String message() default "Enter a full http:// or https:// address, without user name, password or #fragment";

    boolean lines() default false;

    /** False for a base URL that paths are appended to: a query (even a bare {@code ?}) would swallow them. */
    boolean query() default true;

    /** Placeholders (such as {@code {cluster}}) allowed in the host, each standing for a domain name. */
    String[] placeholders() default {};

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
