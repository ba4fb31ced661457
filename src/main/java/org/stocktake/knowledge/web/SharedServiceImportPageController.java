package org.stocktake.knowledge.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.stocktake.knowledge.MoneyUnits;
import org.stocktake.knowledge.SharedServices;
import org.stocktake.platform.files.FileStore;
import org.stocktake.platform.imports.ImportPageController;

/** Officers upload shared service arrangements as CSV or XLSX (savings in pounds), previewed before they are written. */
@Controller
@RequestMapping("/shared-services/import")
class SharedServiceImportPageController extends ImportPageController {

	SharedServiceImportPageController(FileStore files, SharedServices shared) {
		super(files, new Page("knowledge.shared.import", "/shared-services/import", "/shared-services", String.join(",", SharedServices.fileHeader())),
				(filename, content, dryRun) -> shared.importFile(content, MoneyUnits.GBP, dryRun));
	}
}
