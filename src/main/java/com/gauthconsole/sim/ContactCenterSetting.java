package com.gauthconsole.sim;

/**
 * A setting of a contact center, such as its {@code cors-origins}; one per location and name. {@code shared} is the
 * string {@code "true"} or {@code "false"}, as the procedure sends it.
 */
record ContactCenterSetting(String location, String name, String shared, String value) {

    static ContactCenterSetting from(RequestData request) {
        return new ContactCenterSetting(
                request.requiredText("location"),
                request.requiredText("name"),
                request.requiredBooleanText("shared"),
                request.requiredText("value"));
    }

    String key() {
        return location + "\n" + name;
    }
}
