package com.gauthconsole.audit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.jdbc.core.simple.JdbcClient;

class RecordsMoveIntoTheEventLogOnPostgresTest extends RecordsMoveIntoTheEventLogTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @Override
    DataSource freshDatabase() {
        String name = "move_" + DATABASES.incrementAndGet();
        JdbcClient.create(postgres.getPostgresDatabase())
                .sql("CREATE DATABASE " + name)
                .update();
        return postgres.getDatabase("postgres", name);
    }

    @Override
    String vendor() {
        return "postgresql";
    }
}
