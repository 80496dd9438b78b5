package com.gauthconsole.testing;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Every value of every column of every table of the console's schema, as text to search: binary columns (such as
 * Spring Session's serialised attributes) are read byte by byte, so a string inside a serialised object is found too.
 */
public final class DatabaseContent {

    private DatabaseContent() {}

    public static String of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            StringBuilder everything = new StringBuilder();
            for (String table : tables(connection)) {
                try (Statement statement = connection.createStatement();
                        ResultSet rows = statement.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    ResultSetMetaData columns = rows.getMetaData();
                    while (rows.next()) {
                        for (int column = 1; column <= columns.getColumnCount(); column++) {
                            everything
                                    .append(table)
                                    .append('.')
                                    .append(columns.getColumnName(column))
                                    .append('=');
                            everything
                                    .append(value(rows, column, columns.getColumnType(column)))
                                    .append('\n');
                        }
                    }
                }
            }
            return everything.toString();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database", e);
        }
    }

    public static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet found =
                connection.getMetaData().getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (found.next()) {
                tables.add(found.getString("TABLE_NAME"));
            }
        }
        return tables;
    }

    private static String value(ResultSet rows, int column, int type) throws SQLException {
        if (type == Types.BINARY || type == Types.VARBINARY || type == Types.LONGVARBINARY || type == Types.BLOB) {
            byte[] bytes = rows.getBytes(column);
            // Latin-1 maps each byte to one character, so ASCII text inside any binary encoding stays findable.
            return bytes == null ? "" : new String(bytes, StandardCharsets.ISO_8859_1);
        }
        return String.valueOf(rows.getString(column));
    }
}
