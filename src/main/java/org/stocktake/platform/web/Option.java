package org.stocktake.platform.web;

/**
 * One choice of a select or radio group as the GOV.UK fragments take it ({@code fragments/filters.html ::
 * filterSelect}, {@code fragments/govuk.html :: select}): the submitted value and the words shown.
 */
public record Option(String value, String label) {
}
