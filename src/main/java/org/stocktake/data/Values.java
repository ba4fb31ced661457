package org.stocktake.data;

import java.util.List;

import org.springframework.stereotype.Service;
import org.stocktake.data.internal.ValueImport;
import org.stocktake.data.internal.ValueRepository;
import org.stocktake.platform.imports.ImportResult;

/**
 * Values for other modules: reading an area's series or a period's values, and publishing values
 * through the same import (checks, revisions, audit) that officers' uploads go through.
 */
@Service
public class Values {

	private final ValueImport imports;
	private final ValueRepository values;

	Values(ValueImport imports, ValueRepository values) {
		this.imports = imports;
		this.values = values;
	}

	/**
	 * Publishes a file in the import layout {@code measure,area,period,value,status}: all or nothing,
	 * keeping a revision of every value that changes; publishing the same file twice changes nothing.
	 */
	public ImportResult publish(String filename, byte[] csv) {
		return imports.run(filename, csv, false);
	}

	/** One area's published series of one measure, oldest first. */
	public List<DataValue> series(String measureId, String areaGss) {
		return values.series(measureId, areaGss);
	}

	/** Every area's published value of one measure in one period. */
	public List<DataValue> forPeriod(String measureId, String period) {
		return values.forPeriod(measureId, period);
	}
}
