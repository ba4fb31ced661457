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
import org.stocktake.platform.files.FileStore;
import org.stocktake.platform.imports.ImportResult;
import org.stocktake.platform.web.NotFoundException;
import org.stocktake.platform.web.UnprocessableException;

/**
 * Officers import people: upload, see a preview with every problem, then confirm. The upload is kept
 * in the database between the two steps, so any instance can finish the job.
 */
@Controller
class PeopleImportController {

	private final PersonImport personImport;
	private final FileStore files;

	PeopleImportController(PersonImport personImport, FileStore files) {
		this.personImport = personImport;
		this.files = files;
	}

	@GetMapping("/people/import")
	String form(Model model) {
		model.addAttribute("header", String.join(",", PersonImport.HEADER));
		return "people/import";
	}

	@PostMapping("/people/import")
	String preview(@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
		if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
			model.addAttribute("fileError", true);
			return form(model);
		}
		byte[] content = file.getBytes();
		model.addAttribute("filename", file.getOriginalFilename());
		try {
			ImportResult result = personImport.run(content, true);
			UUID id = files.store(file.getOriginalFilename(), file.getContentType(), FileStore.IMPORT_PREVIEW, content);
			model.addAttribute("result", result);
			model.addAttribute("fileId", id);
		}
		catch (UnprocessableException ex) {
			model.addAttribute("problem", ex.getMessage());
			model.addAttribute("errors", ex.errors());
		}
		return "people/import-preview";
	}

	@PostMapping("/people/import/{fileId}")
	String confirm(@PathVariable UUID fileId, Model model, RedirectAttributes redirect) {
		FileStore.StoredFile file = files.find(fileId, FileStore.IMPORT_PREVIEW)
			.orElseThrow(() -> new NotFoundException("That preview has expired; upload the file again"));
		try {
			ImportResult result = personImport.run(file.content(), false);
			files.delete(fileId);
			// Flash attributes live in the JDBC session, so only serializable values go there.
			redirect.addFlashAttribute("inserted", result.inserted());
			redirect.addFlashAttribute("updated", result.updated());
			redirect.addFlashAttribute("unchanged", result.unchanged());
			redirect.addFlashAttribute("skipped", result.skipped());
			return "redirect:/people/import/done";
		}
		catch (UnprocessableException ex) {
			model.addAttribute("filename", file.filename());
			model.addAttribute("problem", ex.getMessage());
			model.addAttribute("errors", ex.errors());
			return "people/import-preview";
		}
	}

	@GetMapping("/people/import/done")
	String done() {
		return "people/import-done";
	}
}
