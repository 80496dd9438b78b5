package com.gauthconsole.bulk;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds bulk uploads for tests: the template's header and customers whose cells can be changed one by one. */
final class BulkCsv {

    static final String TARGET = "Built-in simulator";

    private final List<Map<BulkColumn, String>> rows = new ArrayList<>();
    private String lineEnd = "\n";
    private boolean byteOrderMark;

    /** A customer that passes every check: its IDs and location derive from {@code unique}. */
    BulkCsv customer(String unique) {
        Map<BulkColumn, String> row = new LinkedHashMap<>();
        row.put(BulkColumn.TARGET, TARGET);
        row.put(BulkColumn.CLUSTER_DOMAIN, unique + ".example.com");
        row.put(BulkColumn.CUSTOMER_DOMAIN, unique + ".com");
        row.put(BulkColumn.CC_ID, "cc-" + unique);
        row.put(BulkColumn.CLIENT_ID, "client-" + unique);
        row.put(BulkColumn.CLIENT_SECRET, "");
        row.put(BulkColumn.CONFIG_SERVER_HOST, "172.24.132.84");
        row.put(BulkColumn.CONFIG_SERVER_PORT, "2020");
        row.put(BulkColumn.CONFIG_SERVER_USER, "default");
        row.put(BulkColumn.CONFIG_SERVER_PASSWORD, "cs-password-" + unique);
        row.put(BulkColumn.CONFIG_SERVER_LOCATION, "/USW1");
        row.put(BulkColumn.DATA_CENTER_LOCATION, "/" + unique);
        row.put(BulkColumn.ENTRY_POINT, "https://gauth." + unique + ".example.com");
        row.put(BulkColumn.READ_ONLY, "false");
        row.put(BulkColumn.CORS_ORIGINS, "https://wwe." + unique + ".example.com");
        rows.add(row);
        return this;
    }

    /** Changes a cell of the last customer added. */
    BulkCsv with(BulkColumn column, String value) {
        rows.get(rows.size() - 1).put(column, value);
        return this;
    }

    BulkCsv windowsLines() {
        lineEnd = "\r\n";
        return this;
    }

    BulkCsv byteOrderMark() {
        byteOrderMark = true;
        return this;
    }

    byte[] bytes() {
        StringBuilder csv = new StringBuilder(byteOrderMark ? "\uFEFF" : "");
        csv.append(Arrays.stream(BulkColumn.values()).map(BulkColumn::header).collect(Collectors.joining(",")))
                .append(lineEnd);
        for (Map<BulkColumn, String> row : rows) {
            csv.append(Arrays.stream(BulkColumn.values())
                            .map(column -> quoted(row.getOrDefault(column, "")))
                            .collect(Collectors.joining(",")))
                    .append(lineEnd);
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String quoted(String cell) {
        return cell.matches(".*[,\"\\r\\n].*") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }
}
