package com.gauthconsole.gauth;

/** The calls the console makes to GAuth, with the words a support person knows them by. */
public enum GauthCall {
    CREATE_API_CLIENT("Create API client", Auth.OPS, "API client"),
    CREATE_TOKEN("Create auth token", Auth.CLIENT, "token"),
    REFRESH_TOKEN("Refresh auth token", Auth.CLIENT, "token"),
    ADD_ENVIRONMENT("Add environment", Auth.BEARER, "environment"),
    ADD_CONTACT_CENTER("Add contact center", Auth.BEARER, "contact center"),
    ADD_DATA_CENTER("Add data center", Auth.OPS, "data center"),
    UPDATE_CORS_SETTINGS("Update CORS settings", Auth.BEARER, "setting"),
    READ_API_CLIENT("Look up API client", Auth.OPS, "API client"),
    READ_ENVIRONMENT("Look up environment", Auth.BEARER, "environment"),
    READ_CONTACT_CENTER("Look up contact center", Auth.BEARER, "contact center");

    /** Which credentials a call presents, so a 401 can name the right ones. */
    public enum Auth {
        OPS,
        CLIENT,
        BEARER
    }

    private final String title;
    private final Auth auth;
    private final String creates;

    GauthCall(String title, Auth auth, String creates) {
        this.title = title;
        this.auth = auth;
        this.creates = creates;
    }

    public String title() {
        return title;
    }

    public Auth auth() {
        return auth;
    }

    /** What kind of object the call creates or reads, e.g. "contact center". */
    public String object() {
        return creates;
    }
}
