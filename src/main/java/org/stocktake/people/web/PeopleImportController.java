package org.stocktake.people.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.stocktake.people.internal.PersonImport;
import org.stocktake.platform.files.FileStore;
import org.stocktake.platform.imports.ImportPageController;

/** Officers import people: upload, see a preview with every problem, then confirm. */
@Controller
@RequestMapping("/people/import")
class PeopleImportController extends ImportPageController {

	PeopleImportController(FileStore files, PersonImport personImport) {
		super(files, new Page("peopleImport", "/people/import", "/people", String.join(",", PersonImport.HEADER)), (name, content, dryRun) -> personImport.run(content, dryRun));
	}
}
