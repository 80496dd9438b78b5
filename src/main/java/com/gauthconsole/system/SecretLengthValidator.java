package com.gauthconsole.system;

import com.gauthconsole.secret.Secret;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

class SecretLengthValidator implements ConstraintValidator<SecretLength, Secret> {

    private int max;

    @Override
    public void initialize(SecretLength annotation) {
        this.max = annotation.max();
    }

    @Override
    public boolean isValid(Secret secret, ConstraintValidatorContext context) {
        return secret == null || secret.reveal().length() <= max;
    }
}
