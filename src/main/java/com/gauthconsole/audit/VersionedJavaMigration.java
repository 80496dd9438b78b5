package com.gauthconsole.audit;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A Java migration that is a Spring bean (so it can use the console's keys and settings), with its version and
 * description given here rather than taken from a class name; it runs in Flyway's transaction and has no checksum.
 */
abstract class VersionedJavaMigration implements JavaMigration {

    private final MigrationVersion version;
    private final String description;

    VersionedJavaMigration(String version, String description) {
        this.version = MigrationVersion.fromVersion(version);
        this.description = description;
    }

    @Override
    public MigrationVersion getVersion() {
        return version;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }
}
