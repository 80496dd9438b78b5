package com.gauthconsole.user;

import com.gauthconsole.secret.Secret;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;

class AcceptablePasswordValidator implements ConstraintValidator<AcceptablePassword, Secret> {

    @Override
    public boolean isValid(Secret password, ConstraintValidatorContext context) {
        Optional<String> problem = PasswordPolicy.problemWith(password);
        problem.ifPresent(message -> {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
        });
        return problem.isEmpty();
    }
}
