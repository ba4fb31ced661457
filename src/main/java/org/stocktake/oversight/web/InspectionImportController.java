package org.stocktake.oversight.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.stocktake.oversight.internal.InspectionImport;
import org.stocktake.platform.files.FileStore;
import org.stocktake.platform.imports.ImportPageController;

/** Officers import inspection judgements: upload, see a preview with every problem, then confirm. */
@Controller
@RequestMapping("/inspections/import")
class InspectionImportController extends ImportPageController {

	InspectionImportController(FileStore files, InspectionImport importer) {
		super(files, new Page("inspectionImport", "/inspections/import", "/inspections", String.join(",", InspectionImport.HEADER)),
				(name, content, dryRun) -> importer.run(content, dryRun));
	}
}
