package com.gauthconsole.audit;

import com.gauthconsole.system.PlausibleDay;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The history's filter, sort and page, bound from the query string so that any view of the history can be
 * bookmarked. {@code id} matches the start of a client ID, environment ID or contact center ID; {@code customer} is a run's
 * customer domain, exactly; dates are days in the zone {@code tz}
 * (the browser's, sent by its script; UTC without it), both included. Blank fields mean "any".
 */
public record HistoryFilter(
        @Pattern(regexp = STATUS_PATTERN, message = "Choose one of the listed statuses")
        String status,

        @Size(max = 100) String target,
        @Size(max = 100) String user,
        @Size(max = 253) String customer,

        @PlausibleDay @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate from,

        @PlausibleDay @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate to,

        @Size(max = 60) String tz,
        @Size(max = 200) String id,
        HistorySort sort,
        SortDirection dir,
        @Min(1) @Max(100_000) Integer page) {

    /** The run statuses as stored; the history reads them as text, not as the wizard's types. */
    public static final List<String> STATUSES = List.of("IN_PROGRESS", "FAILED", "SUCCEEDED", "ABANDONED");

    private static final String STATUS_PATTERN = "IN_PROGRESS|FAILED|SUCCEEDED|ABANDONED";

    public HistoryFilter {
        status = blankToNull(status);
        target = blankToNull(target);
        user = blankToNull(user);
        customer = blankToNull(customer);
        id = blankToNull(id);
        tz = blankToNull(tz);
        sort = sort == null ? HistorySort.STARTED_AT : sort;
        dir = dir == null ? SortDirection.DESC : dir;
        page = page == null ? 1 : page;
    }

    static HistoryFilter everything() {
        return new HistoryFilter(null, null, null, null, null, null, null, null, null, null, null);
    }

    @AssertTrue(message = "The end date must not be before the start date")
    public boolean isDateRangeInOrder() {
        return from == null || to == null || !to.isBefore(from);
    }

    @AssertTrue(message = "The browser's time zone is not one the console knows: the dates are read as UTC days")
    public boolean isTimeZoneKnown() {
        return tz == null || ZoneId.getAvailableZoneIds().contains(tz);
    }

    /** The zone the dates are days in: the browser's, which its script sends along, or UTC. */
    public ZoneId zone() {
        return tz == null || !isTimeZoneKnown() ? ZoneOffset.UTC : ZoneId.of(tz);
    }

    /** This view's address with another page. */
    public String pageLink(int otherPage) {
        return address("/history", sort, dir, otherPage);
    }

    /** This view's address sorted by {@code column}: reversed if already sorted by it, from the first page. */
    public String sortLink(HistorySort column) {
        return address("/history", column, column == sort ? dir.reversed() : SortDirection.ASC, 1);
    }

    /** The export of exactly what this filter finds. */
    public String exportLink(String format) {
        return address("/history/export." + format, sort, dir, null);
    }

    private String address(String path, HistorySort sortBy, SortDirection direction, Integer pageNumber) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        query(uri, "status", status);
        query(uri, "target", target);
        query(uri, "user", user);
        query(uri, "customer", customer);
        query(uri, "from", from);
        query(uri, "to", to);
        query(uri, "tz", tz);
        query(uri, "id", id);
        query(uri, "sort", sortBy);
        query(uri, "dir", direction);
        query(uri, "page", pageNumber);
        return uri.encode().build().toUriString();
    }

    private static void query(UriComponentsBuilder uri, String name, Object value) {
        if (value != null) {
            uri.queryParam(name, value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
