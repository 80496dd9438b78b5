package com.gauthconsole.bulk;

import com.gauthconsole.secret.Secret;
import java.util.List;
import java.util.Map;

/**
 * One customer of an upload as read: its cells by column (secrets apart, as {@link Secret}s) and the problems found
 * in reading it (a cell too long, a wrong number of cells), whose cells are left out.
 *
 * @param number the row's number among the customers, 1 for the first row after the header
 */
record UploadRow(
        int number, Map<BulkColumn, String> cells, Map<BulkColumn, Secret> secrets, List<RowProblem> problems) {

    String cell(BulkColumn column) {
        return cells.getOrDefault(column, "");
    }

    Secret secret(BulkColumn column) {
        return secrets.getOrDefault(column, Secret.empty());
    }
}
