package com.gauthconsole.bulk;

import java.util.List;

/**
 * What the check of an upload found: every row with its cells (a secret shows only whether it was given) and every
 * problem at its row and column. With no problem, the job was kept to be started ({@code jobId}); with any, nothing
 * was kept.
 */
public record BulkCheck(Long jobId, List<CheckedRow> rows, List<RowProblem> problems) {

    /** A row as the preview shows it: its cells in the template's order and the problem of each cell, if any. */
    public record CheckedRow(int number, List<Cell> cells) {

        public boolean hasProblem() {
            return cells.stream().anyMatch(cell -> cell.problem() != null);
        }
    }

    /** One cell: its column, what was typed ("given" for a secret), and its problem or null. */
    public record Cell(String column, String value, String problem) {}

    public boolean accepted() {
        return jobId != null;
    }
}
