package org.stocktake.people.web;

import java.io.IOException;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stocktake.people.internal.PersonImport;
import org.stocktake.platform.imports.ImportPages;

/** Officers import people: upload, see a preview with every problem, then confirm. */
@Controller
class PeopleImportController {

	private static final ImportPages.Page PAGE = new ImportPages.Page("peopleImport", "/people/import", "/people",
			String.join(",", PersonImport.HEADER));

	private final PersonImport personImport;
	private final ImportPages pages;

	PeopleImportController(PersonImport personImport, ImportPages pages) {
		this.personImport = personImport;
		this.pages = pages;
	}

	@GetMapping("/people/import")
	String form(Model model) {
		return pages.form(PAGE, model);
	}

	@PostMapping("/people/import")
	String preview(@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
		return pages.preview(PAGE, file, personImport::run, model);
	}

	@PostMapping("/people/import/{fileId}")
	String confirm(@PathVariable UUID fileId, Model model, RedirectAttributes redirect) {
		return pages.confirm(PAGE, fileId, personImport::run, model, redirect);
	}

	@GetMapping("/people/import/done")
	String done(Model model) {
		return pages.done(PAGE, model);
	}
}
