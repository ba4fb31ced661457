package org.stocktake.data;

import java.util.List;

/** A named set of measures compared within a group, that can be rendered for any council. */
public record SavedReport(long id, String name, String description, String group, List<String> measures, String createdBy) {
}
