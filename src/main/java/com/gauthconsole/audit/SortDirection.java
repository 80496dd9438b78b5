package com.gauthconsole.audit;

public enum SortDirection {
    ASC,
    DESC;

    SortDirection reversed() {
        return this == ASC ? DESC : ASC;
    }
}
