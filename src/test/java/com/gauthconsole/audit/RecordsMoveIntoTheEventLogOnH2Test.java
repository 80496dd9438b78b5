package com.gauthconsole.audit;

import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

class RecordsMoveIntoTheEventLogOnH2Test extends RecordsMoveIntoTheEventLogTest {

    @Override
    DataSource freshDatabase() {
        return new DriverManagerDataSource("jdbc:h2:mem:move-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    @Override
    String vendor() {
        return "h2";
    }
}
