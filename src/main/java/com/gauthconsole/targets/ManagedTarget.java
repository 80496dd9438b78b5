package com.gauthconsole.targets;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** A GAuth target a lead added in the console. Its ops password is kept only sealed (see {@link OpsPasswords}). */
@Entity
@Table(name = "gauth_target")
class ManagedTarget {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 100)
    private String name;

    @Column(name = "base_url", nullable = false, length = 500)
    private String baseUrl;

    @Column(name = "ops_username", nullable = false, length = 200)
    private String opsUsername;

    @Column(name = "ops_password_sealed", nullable = false, length = 4000)
    private String opsPasswordSealed;

    @Column(name = "connect_timeout_seconds")
    private Integer connectTimeoutSeconds;

    @Column(name = "response_timeout_seconds")
    private Integer responseTimeoutSeconds;

    @Column(name = "default_config_server_port")
    private Integer defaultConfigServerPort;

    @Column(name = "default_config_server_location", length = 100)
    private String defaultConfigServerLocation;

    @Column(name = "default_data_center_location", length = 100)
    private String defaultDataCenterLocation;

    @Column(name = "default_entry_point", length = 2000)
    private String defaultEntryPoint;

    @Column(name = "default_cors_origins", length = 4000)
    private String defaultCorsOrigins;

    @Column(name = "created_by", nullable = false, updatable = false, length = 100)
    private String createdBy;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ManagedTarget() {}

    ManagedTarget(String createdBy) {
        this.createdBy = createdBy;
        this.updatedBy = createdBy;
    }

    void change(
            String name,
            String baseUrl,
            String opsUsername,
            String opsPasswordSealed,
            Integer connectTimeoutSeconds,
            Integer responseTimeoutSeconds,
            String actor) {
        this.name = name;
        this.baseUrl = baseUrl;
        this.opsUsername = opsUsername;
        this.opsPasswordSealed = opsPasswordSealed;
        this.connectTimeoutSeconds = connectTimeoutSeconds;
        this.responseTimeoutSeconds = responseTimeoutSeconds;
        this.updatedBy = actor;
    }

    void changeDefaults(TargetDefaults defaults) {
        this.defaultConfigServerPort = defaults.configServerPort();
        this.defaultConfigServerLocation = defaults.configServerLocation();
        this.defaultDataCenterLocation = defaults.dataCenterLocation();
        this.defaultEntryPoint = defaults.entryPoint();
        this.defaultCorsOrigins = defaults.corsOrigins();
    }

    TargetDefaults defaults() {
        return new TargetDefaults(
                defaultConfigServerPort,
                defaultConfigServerLocation,
                defaultDataCenterLocation,
                defaultEntryPoint,
                defaultCorsOrigins);
    }

    Long id() {
        return id;
    }

    String name() {
        return name;
    }

    String baseUrl() {
        return baseUrl;
    }

    String opsUsername() {
        return opsUsername;
    }

    String opsPasswordSealed() {
        return opsPasswordSealed;
    }

    Integer connectTimeoutSeconds() {
        return connectTimeoutSeconds;
    }

    Integer responseTimeoutSeconds() {
        return responseTimeoutSeconds;
    }

    String createdBy() {
        return createdBy;
    }

    Instant createdAt() {
        return createdAt;
    }

    String updatedBy() {
        return updatedBy;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
