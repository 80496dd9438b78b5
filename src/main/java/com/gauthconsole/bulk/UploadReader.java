package com.gauthconsole.bulk;

import com.gauthconsole.secret.Secret;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

/**
 * Reads an upload as customers, trusting nothing: at most {@code console.bulk.max-upload-size} bytes of UTF-8 (a byte
 * order mark is skipped), RFC 4180 with CRLF or LF line ends, the template's header, at most {@code
 * console.bulk.max-rows} rows, no cell longer than its column allows. The bytes are read once into memory and never
 * kept; secrets leave as {@link Secret}s.
 */
@Component
class UploadReader {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final BulkProperties properties;

    UploadReader(BulkProperties properties) {
        this.properties = properties;
    }

    List<UploadRow> read(InputStream upload) {
        long limit = properties.maxUploadSize().toBytes();
        String text = utf8(bounded(upload, limit));
        if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
            text = text.substring(1);
        }
        try (CSVParser parser = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .get()
                .parse(new StringReader(text))) {
            Map<BulkColumn, Integer> positions = columns(parser.getHeaderNames());
            List<UploadRow> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (rows.size() == properties.maxRows()) {
                    throw new UploadRefused("The file holds more than " + properties.maxRows()
                            + " customers, the most one upload may hold: split it into several.");
                }
                rows.add(row(
                        rows.size() + 1,
                        record,
                        positions,
                        parser.getHeaderNames().size()));
            }
            if (rows.isEmpty()) {
                throw new UploadRefused("The file has a header but no customer: add one row per customer.");
            }
            return rows;
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException unreadable) {
            throw new UploadRefused("The file is not a CSV file the console can read (" + firstLine(unreadable)
                    + "): save it as CSV (UTF-8) from the template.");
        }
    }

    private static byte[] bounded(InputStream upload, long limit) {
        try (upload) {
            byte[] bytes = upload.readNBytes((int) Math.min(Integer.MAX_VALUE - 1, limit + 1));
            if (bytes.length > limit) {
                throw new UploadRefused("The file is larger than " + limit + " bytes, the most one upload may hold:"
                        + " split it into several.");
            }
            return bytes;
        } catch (IOException unreadable) {
            throw new UploadRefused("The upload could not be read: send it again.");
        }
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            throw new UploadRefused("The file is not UTF-8 text: save it as CSV (UTF-8).");
        }
    }

    /** Where each column is; the header must name each of the template's columns once, and nothing else. */
    private static Map<BulkColumn, Integer> columns(List<String> headers) {
        Map<BulkColumn, Integer> positions = new EnumMap<>(BulkColumn.class);
        Set<String> unknown = new HashSet<>();
        for (int i = 0; i < headers.size(); i++) {
            String header = headers.get(i);
            int position = i;
            BulkColumn.byHeader(header)
                    .ifPresentOrElse(
                            column -> {
                                if (positions.putIfAbsent(column, position) != null) {
                                    throw new UploadRefused(
                                            "The header names the column " + column.header() + " twice: keep one.");
                                }
                            },
                            () -> unknown.add(header.length() > 40 ? header.substring(0, 40) + "…" : header));
        }
        if (!unknown.isEmpty()) {
            throw new UploadRefused("The header has columns the console does not know: " + String.join(", ", unknown)
                    + ". Start from the template: " + allHeaders() + ".");
        }
        if (positions.size() < BulkColumn.values().length) {
            String missing = Arrays.stream(BulkColumn.values())
                    .filter(column -> !positions.containsKey(column))
                    .map(BulkColumn::header)
                    .collect(Collectors.joining(", "));
            throw new UploadRefused("The header lacks the columns " + missing + " (leave a cell empty for the wizard's"
                    + " default). Start from the template: " + allHeaders() + ".");
        }
        return positions;
    }

    private static UploadRow row(int number, CSVRecord record, Map<BulkColumn, Integer> positions, int width) {
        Map<BulkColumn, String> cells = new EnumMap<>(BulkColumn.class);
        Map<BulkColumn, Secret> secrets = new EnumMap<>(BulkColumn.class);
        List<RowProblem> problems = new ArrayList<>();
        if (record.size() != width) {
            problems.add(new RowProblem(
                    number,
                    BulkColumn.TARGET,
                    "This row has " + record.size() + " cells but the header has " + width
                            + ": check for a missing or extra comma."));
            return new UploadRow(number, cells, secrets, problems);
        }
        positions.forEach((column, position) -> {
            String value = record.get(position).strip();
            if (value.length() > column.maxLength()) {
                problems.add(new RowProblem(number, column, "Use at most " + column.maxLength() + " characters"));
            } else if (column.secret()) {
                secrets.put(column, Secret.of(value));
            } else {
                cells.put(column, value);
            }
        });
        return new UploadRow(number, cells, secrets, problems);
    }

    private static String allHeaders() {
        return Arrays.stream(BulkColumn.values()).map(BulkColumn::header).collect(Collectors.joining(","));
    }

    /** The parser's own words, which name the line; never a cell's content beyond what it quotes of the position. */
    private static String firstLine(Exception unreadable) {
        String message = String.valueOf(unreadable.getMessage());
        int end = message.indexOf('\n');
        String line = end < 0 ? message : message.substring(0, end);
        return line.length() > 120 ? line.substring(0, 120) + "…" : line;
    }
}
