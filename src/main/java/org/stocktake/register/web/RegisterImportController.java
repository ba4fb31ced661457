package org.stocktake.register.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.stocktake.platform.files.FileStore;
import org.stocktake.platform.imports.ImportPageController;
import org.stocktake.register.internal.RegisterImport;

/** Officers re-import the register: upload, see a preview with every problem, then confirm. */
@Controller
@RequestMapping("/register/import")
class RegisterImportController extends ImportPageController {

	RegisterImportController(FileStore files, RegisterImport registerImport) {
		super(files, new Page("registerImport", "/register/import", "/areas"), (name, content, dryRun) -> registerImport.run(content, dryRun));
	}
}
