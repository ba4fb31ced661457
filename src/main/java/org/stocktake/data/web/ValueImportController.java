package org.stocktake.data.web;

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
import org.stocktake.data.internal.ValueImport;
import org.stocktake.data.internal.ValueRepository;
import org.stocktake.platform.files.FileStore;
import org.stocktake.platform.imports.ImportResult;
import org.stocktake.platform.web.NotFoundException;
import org.stocktake.platform.web.UnprocessableException;

/**
 * Officers upload values: the file is checked as a dry run and kept in the database, the preview
 * shows what would change (or every bad row), and confirming imports the kept file.
 */
@Controller
class ValueImportController {

	private final ValueImport valueImport;
	private final ValueRepository values;
	private final FileStore files;

	ValueImportController(ValueImport valueImport, ValueRepository values, FileStore files) {
		this.valueImport = valueImport;
		this.values = values;
		this.files = files;
	}

	@GetMapping("/data/import")
	String form(Model model) {
		model.addAttribute("history", values.imports(50));
		return "data/import";
	}

	@PostMapping("/data/import")
	String preview(@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("fileError", true);
			return form(model);
		}
		byte[] content = file.getBytes();
		model.addAttribute("filename", file.getOriginalFilename());
		try {
			ImportResult result = valueImport.run(file.getOriginalFilename(), content, true);
			model.addAttribute("result", result);
			model.addAttribute("fileId", files.store(file.getOriginalFilename(), file.getContentType(), FileStore.IMPORT_PREVIEW, content));
		}
		catch (UnprocessableException ex) {
			model.addAttribute("problem", ex.getMessage());
			model.addAttribute("errors", ex.errors());
		}
		return "data/import-preview";
	}

	@PostMapping("/data/import/{fileId}")
	String confirm(@PathVariable UUID fileId, Model model, RedirectAttributes redirect) {
		FileStore.StoredFile file = files.find(fileId, FileStore.IMPORT_PREVIEW)
			.orElseThrow(() -> new NotFoundException("That preview has expired; upload the file again"));
		try {
			ImportResult result = valueImport.run(file.filename(), file.content(), false);
			files.delete(fileId);
			// the session lives in the database, so only serialisable values go in the flash
			redirect.addFlashAttribute("inserted", result.inserted());
			redirect.addFlashAttribute("updated", result.updated());
			redirect.addFlashAttribute("unchanged", result.unchanged());
			redirect.addFlashAttribute("filename", file.filename());
			return "redirect:/data/import/done";
		}
		catch (UnprocessableException ex) {
			model.addAttribute("filename", file.filename());
			model.addAttribute("problem", ex.getMessage());
			model.addAttribute("errors", ex.errors());
			return "data/import-preview";
		}
	}

	@GetMapping("/data/import/done")
	String done(Model model) {
		if (!model.containsAttribute("inserted")) {
			return "redirect:/data/import";
		}
		return "data/import-done";
	}
}
