package com.gauthconsole.bulk;

import java.util.Arrays;
import java.util.Optional;

/**
 * The columns of a bulk upload, in the template's order: one customer per row, what the wizard asks for in its new-run
 * form and steps 1, 3, 5 and 6. An empty cell takes the wizard's default where the wizard has one.
 *
 * @param maxLength the longest cell taken, checked before anything else reads it
 * @param secret sealed at once and never shown, stored or written back
 */
public enum BulkColumn {
    TARGET("target", 100, false, "Built-in simulator"),
    CLUSTER_DOMAIN("cluster_domain", 253, false, "acme.example.com"),
    CUSTOMER_DOMAIN("customer_domain", 253, false, "acme.com"),
    CC_ID("cc_id", 100, false, "acme-cc"),
    CLIENT_ID("client_id", 100, false, "acme_api_client"),
    CLIENT_SECRET("client_secret", 500, true, ""),
    CONFIG_SERVER_HOST("config_server_host", 253, false, "172.24.132.84"),
    CONFIG_SERVER_PORT("config_server_port", 10, false, "2020"),
    CONFIG_SERVER_USER("config_server_user", 100, false, "default"),
    CONFIG_SERVER_PASSWORD("config_server_password", 500, true, "change-me"),
    CONFIG_SERVER_LOCATION("config_server_location", 100, false, "/USW1"),
    DATA_CENTER_LOCATION("data_center_location", 100, false, "/usw1"),
    ENTRY_POINT("entry_point", 2000, false, "https://gauth.acme.example.com"),
    READ_ONLY("read_only", 10, false, "false"),
    CORS_ORIGINS("cors_origins", 4000, false, "https://wwe.acme.example.com");

    private final String header;
    private final int maxLength;
    private final boolean secret;
    private final String example;

    BulkColumn(String header, int maxLength, boolean secret, String example) {
        this.header = header;
        this.maxLength = maxLength;
        this.secret = secret;
        this.example = example;
    }

    static Optional<BulkColumn> byHeader(String header) {
        return Arrays.stream(values())
                .filter(column -> column.header.equalsIgnoreCase(header.strip()))
                .findFirst();
    }

    public String header() {
        return header;
    }

    int maxLength() {
        return maxLength;
    }

    public boolean secret() {
        return secret;
    }

    String example() {
        return example;
    }
}
