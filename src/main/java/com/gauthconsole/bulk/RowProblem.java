package com.gauthconsole.bulk;

/** What is wrong with one cell of an upload, said as the wizard says it next to the field. */
public record RowProblem(int row, BulkColumn column, String message) {}
