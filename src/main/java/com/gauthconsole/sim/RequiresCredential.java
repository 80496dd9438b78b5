package com.gauthconsole.sim;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler method whose caller must present a credential. Checked before the body is read, so that a caller
 * with wrong credentials learns that first, as from the real service's security filter.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@interface RequiresCredential {
    Credential value();
}
