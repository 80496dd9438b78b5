package com.gauthconsole.run.engine;

import com.gauthconsole.run.RunStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

/** One customer being provisioned on one GAuth target: who started it, where it stands, the IDs it produced. */
@Entity
@Table(name = "provisioning_run")
public class ProvisioningRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String targetName;

    @Column(nullable = false)
    private String targetUrl;

    @Column(nullable = false)
    private String clusterDomain;

    @Column(nullable = false)
    private String customerDomain;

    @Column(nullable = false)
    private String startedBy;

    @Column(nullable = false)
    private Instant startedAt;

    @Column(nullable = false)
    private Instant updatedAt;

    private Instant finishedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RunStatus status;

    private String clientId;
    private String environmentId;
    private String contactCenterId;

    private String abandonedBy;
    private String abandonReason;

    /** The run this one was started from, whose step inputs its forms take; null for a fresh run. */
    private Long startedFrom;

    /** Bumped whenever an attempt starts or ends, so two instances cannot start the same step at once. */
    @Version
    private long version;

    protected ProvisioningRun() {}

    public ProvisioningRun(
            String targetName,
            String targetUrl,
            String clusterDomain,
            String customerDomain,
            String startedBy,
            Instant now) {
        this.targetName = targetName;
        this.targetUrl = targetUrl;
        this.clusterDomain = clusterDomain;
        this.customerDomain = customerDomain;
        this.startedBy = startedBy;
        this.startedAt = now;
        this.updatedAt = now;
        this.status = RunStatus.IN_PROGRESS;
    }

    /** The run goes on at its target's new URL, which a lead confirmed. */
    public void moveTo(String targetUrl, Instant now) {
        this.targetUrl = targetUrl;
        this.updatedAt = now;
    }

    void touch(Instant now) {
        this.updatedAt = now;
    }

    void progressTo(RunStatus status, Instant now) {
        this.status = status;
        this.updatedAt = now;
        this.finishedAt = status == RunStatus.SUCCEEDED ? now : null;
    }

    public void abandon(String lead, String reason, Instant now) {
        this.status = RunStatus.ABANDONED;
        this.abandonedBy = lead;
        this.abandonReason = reason;
        this.updatedAt = now;
        this.finishedAt = now;
    }

    /** Why no step may run any more, or empty while the run is open to attempts. */
    public Optional<String> whyClosed() {
        return status == RunStatus.ABANDONED
                ? Optional.of("This run was abandoned by " + abandonedBy + ": " + abandonReason)
                : Optional.empty();
    }

    void recordIds(ReturnedIds ids) {
        ids.clientId().ifPresent(value -> this.clientId = value);
        ids.environmentId().ifPresent(value -> this.environmentId = value);
        ids.contactCenterId().ifPresent(value -> this.contactCenterId = value);
    }

    public Long id() {
        return id;
    }

    public String targetName() {
        return targetName;
    }

    public void startFrom(long sourceRunId) {
        this.startedFrom = sourceRunId;
    }

    public Optional<Long> startedFrom() {
        return Optional.ofNullable(startedFrom);
    }

    public String targetUrl() {
        return targetUrl;
    }

    public String clusterDomain() {
        return clusterDomain;
    }

    public String customerDomain() {
        return customerDomain;
    }

    public String startedBy() {
        return startedBy;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    Instant finishedAt() {
        return finishedAt;
    }

    public RunStatus status() {
        return status;
    }

    public String clientId() {
        return clientId;
    }

    public String environmentId() {
        return environmentId;
    }

    public String contactCenterId() {
        return contactCenterId;
    }

    public String abandonedBy() {
        return abandonedBy;
    }

    public String abandonReason() {
        return abandonReason;
    }
}
