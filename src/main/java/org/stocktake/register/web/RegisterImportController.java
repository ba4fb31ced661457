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
import org.stocktake.platform.files.FileStore;
import org.stocktake.platform.imports.ImportResult;
import org.stocktake.platform.web.NotFoundException;
import org.stocktake.platform.web.UnprocessableException;
import org.stocktake.register.internal.RegisterImport;

/**
 * Officers re-import the register: upload, see a preview with every problem, then confirm. The
 * upload is kept in the database between the two steps, so any instance can finish the job.
 */
@Controller
class RegisterImportController {

	private final RegisterImport registerImport;
	private final FileStore files;

	RegisterImportController(RegisterImport registerImport, FileStore files) {
		this.registerImport = registerImport;
		this.files = files;
	}

	@GetMapping("/register/import")
	String form() {
		return "register/import";
	}

	@PostMapping("/register/import")
	String preview(@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
		if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
			model.addAttribute("fileError", "Select a CSV file to import");
			return "register/import";
		}
		byte[] content = file.getBytes();
		model.addAttribute("filename", file.getOriginalFilename());
		try {
			ImportResult result = registerImport.run(content, true);
			UUID id = files.store(file.getOriginalFilename(), file.getContentType(), FileStore.IMPORT_PREVIEW, content);
			model.addAttribute("result", result);
			model.addAttribute("fileId", id);
		}
		catch (UnprocessableException ex) {
			model.addAttribute("problem", ex.getMessage());
			model.addAttribute("errors", ex.errors());
		}
		return "register/import-preview";
	}

	@PostMapping("/register/import/{fileId}")
	String confirm(@PathVariable UUID fileId, Model model, RedirectAttributes redirect) {
		FileStore.StoredFile file = files.find(fileId, FileStore.IMPORT_PREVIEW)
			.orElseThrow(() -> new NotFoundException("That preview has expired; upload the file again"));
		try {
			ImportResult result = registerImport.run(file.content(), false);
			files.delete(fileId);
			redirect.addFlashAttribute("result", result);
			return "redirect:/register/import/done";
		}
		catch (UnprocessableException ex) {
			model.addAttribute("filename", file.filename());
			model.addAttribute("problem", ex.getMessage());
			model.addAttribute("errors", ex.errors());
			return "register/import-preview";
		}
	}

	@GetMapping("/register/import/done")
	String done() {
		return "register/import-done";
	}
}
