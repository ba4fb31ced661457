package org.stocktake.platform.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.stocktake.platform.web.Problems.FieldError;
import org.stocktake.platform.web.UnprocessableException;

/** Collects every bad row of a file, so the report lists them all and the import writes nothing. */
public final class RowErrors {

	private final List<FieldError> errors = new ArrayList<>();

	public void add(int row, String column, String value, String message) {
		errors.add(FieldError.row(row, column, value, message));
	}

	public int count() {
		return errors.size();
	}

	public boolean isEmpty() {
		return errors.isEmpty();
	}

	public List<FieldError> list() {
		return errors.stream().sorted(Comparator.comparing(FieldError::row)).toList();
	}

	public void throwIfAny() {
		if (!errors.isEmpty()) {
			throw new UnprocessableException(
					"The file has " + errors.size() + " problem" + (errors.size() == 1 ? "" : "s") + "; nothing was imported", list());
		}
	}
}
