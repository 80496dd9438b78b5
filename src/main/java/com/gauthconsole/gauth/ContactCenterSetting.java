package com.gauthconsole.gauth;

import java.util.List;

/** Step 6's request: one setting of a contact center. GAuth's page sends {@code shared} as a string. */
public record ContactCenterSetting(String location, String name, String shared, String value) {

    public static ContactCenterSetting corsOrigins(List<String> origins) {
        return new ContactCenterSetting("/", "cors-origins", "true", String.join(",", origins));
    }
}
