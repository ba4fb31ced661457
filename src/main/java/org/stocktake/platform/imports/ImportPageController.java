package org.stocktake.platform.imports;

import java.io.IOException;
import java.util.UUID;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stocktake.platform.files.FileStore;
import org.stocktake.platform.web.NotFoundException;
import org.stocktake.platform.web.UnprocessableException;

/**
 * The upload → preview → confirm journey every import page shares. A module's controller extends
 * this with a class-level {@code @RequestMapping} of its own path (so its own access rules apply) and
 * names its importer. The upload is kept in the database between preview and confirmation, so any
 * instance can finish the job.
 */
public abstract class ImportPageController {

	/**
	 * Runs an import of a whole file; with {@code dryRun} it validates and counts without writing.
	 * {@code filename} is what the user uploaded, for importers that keep a history.
	 */
	@FunctionalInterface
	public interface Importer {
		ImportResult run(String filename, byte[] content, boolean dryRun);
	}

	/**
	 * One module's import page: {@code messages} is the prefix of its message keys ({@code .title},
	 * {@code .intro}, {@code .columns}, {@code .done}, {@code .back}); {@code path} is the page's own
	 * path; {@code backPath} is where the reader goes afterwards; {@code header}, if not null, is the
	 * file's header line, shown so it can be copied; {@code extra}, if not null, is a template fragment
	 * ({@code "module/template :: fragment"}) shown below the upload form, fed by {@link #addToForm}.
	 */
	public record Page(String messages, String path, String backPath, String header, String extra) {

		public Page(String messages, String path, String backPath) {
			this(messages, path, backPath, null, null);
		}

		public Page(String messages, String path, String backPath, String header) {
			this(messages, path, backPath, header, null);
		}
	}

	private final FileStore files;
	private final Page page;
	private final Importer importer;

	protected ImportPageController(FileStore files, Page page, Importer importer) {
		this.files = files;
		this.page = page;
		this.importer = importer;
	}

	@GetMapping
	public String form(Model model) {
		model.addAttribute("importPage", page);
		addToForm(model);
		return "platform/import/upload";
	}

	/** What a page's {@code extra} fragment needs, such as the history of earlier imports. */
	protected void addToForm(Model model) {
	}

	@PostMapping
	public String preview(@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
		if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
			model.addAttribute("fileError", "import.selectFile");
			return form(model);
		}
		byte[] content = file.getBytes();
		model.addAttribute("importPage", page);
		model.addAttribute("filename", file.getOriginalFilename());
		try {
			model.addAttribute("result", importer.run(file.getOriginalFilename(), content, true));
			model.addAttribute("fileId", files.store(file.getOriginalFilename(), file.getContentType(), FileStore.IMPORT_PREVIEW, content));
		}
		catch (UnprocessableException ex) {
			rejected(model, ex);
		}
		return "platform/import/preview";
	}

	@PostMapping("/{fileId}")
	public String confirm(@PathVariable UUID fileId, Model model, RedirectAttributes redirect) {
		FileStore.StoredFile file = files.find(fileId, FileStore.IMPORT_PREVIEW)
			.orElseThrow(() -> new NotFoundException("That preview has expired; upload the file again"));
		try {
			ImportResult result = importer.run(file.filename(), file.content(), false);
			files.delete(fileId);
			redirect.addFlashAttribute("result", result);
			return "redirect:" + page.path() + "/done";
		}
		catch (UnprocessableException ex) {
			// The data changed between preview and confirmation so that the file no longer fits.
			model.addAttribute("importPage", page);
			model.addAttribute("filename", file.filename());
			rejected(model, ex);
			return "platform/import/preview";
		}
	}

	@GetMapping("/done")
	public String done(Model model) {
		model.addAttribute("importPage", page);
		return "platform/import/done";
	}

	private static void rejected(Model model, UnprocessableException ex) {
		model.addAttribute("problem", ex.getMessage());
		model.addAttribute("errors", ex.errors());
	}
}
