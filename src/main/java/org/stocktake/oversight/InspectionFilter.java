package org.stocktake.oversight;

/** Which inspections to list; null fields do not filter. {@code areaCode} is the register's stable key. */
public record InspectionFilter(String areaCode, String inspectorate, String framework) {
}
