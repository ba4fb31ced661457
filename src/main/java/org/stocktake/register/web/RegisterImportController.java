package org.stocktake.register.web;

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
import org.stocktake.platform.imports.ImportPages;
import org.stocktake.register.internal.RegisterImport;

/** Officers re-import the register: upload, see a preview with every problem, then confirm. */
@Controller
class RegisterImportController {

	private static final ImportPages.Page PAGE = new ImportPages.Page("registerImport", "/register/import", "/areas");

	private final RegisterImport registerImport;
	private final ImportPages pages;

	RegisterImportController(RegisterImport registerImport, ImportPages pages) {
		this.registerImport = registerImport;
		this.pages = pages;
	}

	@GetMapping("/register/import")
	String form(Model model) {
		return pages.form(PAGE, model);
	}

	@PostMapping("/register/import")
	String preview(@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
		return pages.preview(PAGE, file, registerImport::run, model);
	}

	@PostMapping("/register/import/{fileId}")
	String confirm(@PathVariable UUID fileId, Model model, RedirectAttributes redirect) {
		return pages.confirm(PAGE, fileId, registerImport::run, model, redirect);
	}

	@GetMapping("/register/import/done")
	String done(Model model) {
		return pages.done(PAGE, model);
	}
}
