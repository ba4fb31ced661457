package org.stocktake.leadership.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.stocktake.leadership.internal.BookingImport;
import org.stocktake.platform.files.FileStore;
import org.stocktake.platform.imports.ImportPageController;

@Controller
@RequestMapping("/leadership/bookings/import")
class BookingImportController extends ImportPageController {

	BookingImportController(FileStore files, BookingImport imports) {
		super(files, new Page("leadership.import", "/leadership/bookings/import", "/leadership", String.join(",", BookingImport.HEADER)),
				(name, content, dryRun) -> imports.run(content, dryRun));
	}
}
