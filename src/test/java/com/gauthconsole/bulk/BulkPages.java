package com.gauthconsole.bulk;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/** Reads what the bulk pages show in one place: a cell of the checked rows, its problem, a row's state. */
final class BulkPages {

    private BulkPages() {}

    /** What was typed in the cell with this id. */
    static String cell(String page, String id) {
        return find(page, "id=\"" + id + "\">\\s*<span>([^<]*)</span>");
    }

    /** The problem shown in the cell with this id, or "" when it has none. */
    static String problem(String page, String id) {
        return find(page, "id=\"" + id + "\">\\s*<span>[^<]*</span>\\s*<strong[^>]*>([^<]*)</strong>");
    }

    static String fileProblem(String page) {
        return find(page, "id=\"file-error\"[^>]*>([^<]*)</div>");
    }

    static String rowState(String page, int row) {
        return find(page, "<tr id=\"row-" + row + "\">.*?class=\"row-state\">([^<]*)</td>");
    }

    private static String find(String page, String regex) {
        Matcher matcher = Pattern.compile(regex, Pattern.DOTALL).matcher(page);
        return matcher.find() ? HtmlUtils.htmlUnescape(matcher.group(1)).strip() : "";
    }
}
