package com.gauthconsole.run;

import com.gauthconsole.gauth.GauthCall;
import java.util.Arrays;
import java.util.Optional;

/** The six steps of the reference procedure, in its order. */
public enum Step {
    CREATE_API_CLIENT(1, "client", "Create API client", false),
    CREATE_TOKEN(2, "token", "Create auth token", false),
    ADD_ENVIRONMENT(3, "environment", "Add environment", false),
    ADD_CONTACT_CENTER(4, "contact-center", "Add contact center", false),
    ADD_DATA_CENTER(5, "data-center", "Add data center", false),
    UPDATE_CORS(6, "cors", "Update CORS settings", true);

    private final int number;
    private final String slug;
    private final String title;
    private final boolean optional;

    Step(int number, String slug, String title, boolean optional) {
        this.number = number;
        this.slug = slug;
        this.title = title;
        this.optional = optional;
    }

    public static Optional<Step> bySlug(String slug) {
        return Arrays.stream(values()).filter(step -> step.slug.equals(slug)).findFirst();
    }

    public int number() {
        return number;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public boolean optional() {
        return optional;
    }

    /** Which credentials the step's call presents to GAuth. */
    public GauthCall.Auth auth() {
        return switch (this) {
            case CREATE_API_CLIENT, ADD_DATA_CENTER -> GauthCall.Auth.OPS;
            case CREATE_TOKEN -> GauthCall.Auth.CLIENT;
            case ADD_ENVIRONMENT, ADD_CONTACT_CENTER, UPDATE_CORS -> GauthCall.Auth.BEARER;
        };
    }

    public Optional<Step> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }
}
