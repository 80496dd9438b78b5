package com.gauthconsole.audit;

import java.util.List;

/** One page of the filtered history. Paging looks one row ahead instead of counting every match. */
public record HistoryPage(List<RunRow> runs, int page, int firstRowNumber, boolean hasNext) {

    public static final int SIZE = 25;

    static HistoryPage empty() {
        return new HistoryPage(List.of(), 1, 1, false);
    }

    public boolean hasPrevious() {
        return page > 1;
    }
}
