package org.stocktake.knowledge.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.stocktake.knowledge.OnePublicEstate;
import org.stocktake.knowledge.MoneyUnits;
import org.stocktake.platform.files.FileStore;
import org.stocktake.platform.imports.ImportPageController;

/** Officers upload One Public Estate partnerships (amounts in pounds), previewed before they are written. */
@Controller
@RequestMapping("/one-public-estate/import")
class OpeImportPageController extends ImportPageController {

	OpeImportPageController(FileStore files, OnePublicEstate ope) {
		super(files, new Page("knowledge.ope.import", "/one-public-estate/import", "/one-public-estate",
				"phase,partnership,region,members,lead,funding_awarded,part_funding_years"),
				(filename, content, dryRun) -> ope.importCsv(content, MoneyUnits.GBP, "Uploaded file " + filename, dryRun));
	}
}
