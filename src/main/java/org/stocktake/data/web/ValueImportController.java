package org.stocktake.data.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.stocktake.data.internal.ValueImport;
import org.stocktake.data.internal.ValueRepository;
import org.stocktake.platform.files.FileStore;
import org.stocktake.platform.imports.ImportPageController;

/** Officers upload values: preview with every problem, then confirm; the page lists recent imports. */
@Controller
@RequestMapping("/data/import")
class ValueImportController extends ImportPageController {

	private final ValueRepository values;

	ValueImportController(FileStore files, ValueImport valueImport, ValueRepository values) {
		super(files, new Page("data.import", "/data/import", "/data", "measure,area,period,value,status", "data/import-history :: history"),
				valueImport::run);
		this.values = values;
	}

	@Override
	protected void addToForm(Model model) {
		model.addAttribute("history", values.imports(50));
	}
}
