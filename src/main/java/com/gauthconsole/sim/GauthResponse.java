package com.gauthconsole.sim;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.JsonNode;

/** GAuth's response envelope: a status, and a created object's path or a read object's data. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record GauthResponse(Status status, String path, JsonNode data) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Status(int code, String message) {}

    static GauthResponse ok() {
        return new GauthResponse(new Status(StatusCode.SUCCESS, null), null, null);
    }

    static GauthResponse created(String path) {
        return new GauthResponse(new Status(StatusCode.SUCCESS, null), path, null);
    }

    static GauthResponse withData(JsonNode data) {
        return new GauthResponse(new Status(StatusCode.SUCCESS, null), null, data);
    }

    static GauthResponse found(String path, JsonNode data) {
        return new GauthResponse(new Status(StatusCode.SUCCESS, null), path, data);
    }

    static GauthResponse failed(int code, String message) {
        return new GauthResponse(new Status(code, message), null, null);
    }
}
