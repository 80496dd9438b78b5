package com.gauthconsole.sim;

/** A setting of a contact center, such as its {@code cors-origins}; one per location and name. */
record ContactCenterSetting(String location, String name, boolean shared, String value) {

    static ContactCenterSetting from(RequestData request) {
        return new ContactCenterSetting(
                request.requiredText("location"),
                request.requiredText("name"),
                request.optionalBooleanOrBooleanText("shared").orElse(false),
                request.requiredText("value"));
    }

    String key() {
        return location + "\n" + name;
    }
}
