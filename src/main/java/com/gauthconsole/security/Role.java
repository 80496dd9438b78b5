package com.gauthconsole.security;

/** What a person may do in the console. See the design's table of users and roles. */
public enum Role {
    OPERATOR("Run the provisioning wizard against a GAuth target"),
    AUDITOR("Read, filter and export the history of every run and verify it was not altered"),
    LEAD("Re-run failed or interrupted steps and manage GAuth targets"),
    ADMIN("Manage users and their roles");

    private final String capability;

    Role(String capability) {
        this.capability = capability;
    }

    public String capability() {
        return capability;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
