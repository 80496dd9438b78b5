package com.gauthconsole.audit;

public enum SortDirection {
    ASC("ascending", "▲"),
    DESC("descending", "▼");

    private final String ariaSort;
    private final String arrow;

    SortDirection(String ariaSort, String arrow) {
        this.ariaSort = ariaSort;
        this.arrow = arrow;
    }

    SortDirection reversed() {
        return this == ASC ? DESC : ASC;
    }

    /** The column header's {@code aria-sort} value while the list is sorted this way. */
    public String ariaSort() {
        return ariaSort;
    }

    /** The arrow the sorted column's header shows to sighted users. */
    public String arrow() {
        return arrow;
    }
}
