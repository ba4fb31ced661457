package org.stocktake.performance.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.stocktake.performance.TargetImport;
import org.stocktake.platform.files.FileStore;
import org.stocktake.platform.imports.ImportPageController;

/** Officers upload a year's targets and quarterly figures: the API's file with a year column, previewed before it is applied. */
@Controller
@RequestMapping("/performance/targets/import")
class TargetImportPage extends ImportPageController {

	TargetImportPage(FileStore files, TargetImport targets) {
		super(files, new Page("performance.import.targets", "/performance/targets/import", "/performance",
				"year,theme,target_id,description,target,aggregation,q1,q2,q3,q4,commentary"), targets::runWithYearColumn);
	}
}
