package com.gauthconsole.system;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

class HttpUrlValidator implements ConstraintValidator<HttpUrl, String> {

    private static final int MAX_LENGTH = 2000;

    private boolean lines;
    private boolean query;
    private List<String> placeholders;

    @Override
    public void initialize(HttpUrl annotation) {
        this.lines = annotation.lines();
        this.query = annotation.query();
        this.placeholders = List.of(annotation.placeholders());
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null || value.isBlank()) {
            return true;
        }
        String filledIn = value;
        for (String placeholder : placeholders) {
            filledIn = filledIn.replace(placeholder, "example.com");
        }
        List<String> urls = lines ? Lines.split(filledIn) : List.of(filledIn.strip());
        return urls.stream().allMatch(url -> isHttpUrl(url) && (query || url.indexOf('?') < 0));
    }

    static boolean isHttpUrl(String value) {
        if (value.length() > MAX_LENGTH || value.chars().anyMatch(c -> c <= ' ')) {
            return false;
        }
        try {
            URI uri = new URI(value);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null
                    && uri.getRawUserInfo() == null
                    && uri.getRawFragment() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
