package com.gauthconsole.system;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import java.util.regex.Pattern;

class HostNameValidator implements ConstraintValidator<HostName, String> {

    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    private static final Pattern IPV4 =
            Pattern.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");

    private boolean lines;

    @Override
    public void initialize(HostName annotation) {
        this.lines = annotation.lines();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null || value.isBlank()) {
            return true;
        }
        List<String> hosts = lines ? Lines.split(value) : List.of(value.strip());
        return hosts.stream().allMatch(HostNameValidator::isHostName);
    }

    private static boolean isHostName(String host) {
        if (IPV4.matcher(host).matches()) {
            return true;
        }
        if (host.length() > 253) {
            return false;
        }
        for (String label : host.split("\\.", -1)) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }
}
