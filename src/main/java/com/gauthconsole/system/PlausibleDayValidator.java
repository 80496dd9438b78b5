package com.gauthconsole.system;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;

class PlausibleDayValidator implements ConstraintValidator<PlausibleDay, LocalDate> {

    private static final LocalDate FIRST = LocalDate.of(2000, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2999, 12, 31);

    @Override
    public boolean isValid(LocalDate day, ConstraintValidatorContext context) {
        return day == null || (!day.isBefore(FIRST) && !day.isAfter(LAST));
    }
}
