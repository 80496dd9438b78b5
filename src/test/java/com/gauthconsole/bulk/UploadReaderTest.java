package com.gauthconsole.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** The reader's guards, with small limits: the upload's size, its number of rows, quoted cells and secrets. */
class UploadReaderTest {

    private final UploadReader reader = new UploadReader(
            new BulkProperties(4, DataSize.ofKilobytes(2), 2, Duration.ofHours(1), Duration.ofMinutes(2), true));

    @Test
    void refusesAFileLargerThanTheLimitBeforeReadingIt() {
        byte[] large = new byte[2049];

        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(large)))
                .isInstanceOf(UploadRefused.class)
                .hasMessage("The file is larger than 2048 bytes, the most one upload may hold: split it into several.");
    }

    @Test
    void refusesMoreRowsThanTheLimit() {
        byte[] three = new BulkCsv().customer("a").customer("b").customer("c").bytes();

        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(three)))
                .isInstanceOf(UploadRefused.class)
                .hasMessageStartingWith("The file holds more than 2 customers");
    }

    @Test
    void readsQuotedCellsAndKeepsSecretsApartAsSecrets() {
        byte[] csv = new BulkCsv()
                .customer("a")
                .with(BulkColumn.CORS_ORIGINS, "https://a.example.com,https://b.example.com")
                .with(BulkColumn.CONFIG_SERVER_PASSWORD, "pa\"ss,word")
                .bytes();

        List<UploadRow> rows = reader.read(new ByteArrayInputStream(csv));

        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).cell(BulkColumn.CORS_ORIGINS)).isEqualTo("https://a.example.com,https://b.example.com");
        assertThat(rows.get(0).secret(BulkColumn.CONFIG_SERVER_PASSWORD).reveal())
                .isEqualTo("pa\"ss,word");
        assertThat(rows.get(0).cells()).doesNotContainKey(BulkColumn.CONFIG_SERVER_PASSWORD);
        assertThat(rows.get(0).toString()).doesNotContain("pa\"ss,word");
    }

    @Test
    void aRowWithTheWrongNumberOfCellsIsAProblemOfThatRow() {
        String header = new String(new BulkCsv().bytes()).strip();

        List<UploadRow> rows = reader.read(new ByteArrayInputStream((header + "\nonly,three,cells\n").getBytes()));

        assertThat(rows.get(0).problems())
                .extracting(RowProblem::message)
                .containsExactly("This row has 3 cells but the header has 15: check for a missing or extra comma.");
    }
}
