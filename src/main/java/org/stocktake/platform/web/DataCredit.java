package org.stocktake.platform.web;

/** A dataset Stocktake loads, credited on the data sources page as its licence requires. */
public record DataCredit(String dataset, String publisher, String licence, String usedFor) {
}
