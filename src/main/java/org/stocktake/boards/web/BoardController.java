package org.stocktake.boards.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stocktake.boards.Action;
import org.stocktake.boards.AgendaItem;
import org.stocktake.boards.Board;
import org.stocktake.boards.BoardReader;
import org.stocktake.boards.Boards;
import org.stocktake.boards.Decision;
import org.stocktake.boards.ExemptCategory;
import org.stocktake.boards.Forms.BoardForm;
import org.stocktake.boards.Forms.CopyMembers;
import org.stocktake.boards.Forms.NewAction;
import org.stocktake.boards.Forms.NewItem;
import org.stocktake.boards.Forms.NewMeeting;
import org.stocktake.boards.Forms.NewDeclaration;
import org.stocktake.boards.Forms.NewMember;
import org.stocktake.boards.MeetingAttendance;
import org.stocktake.boards.MeetingPack;
import org.stocktake.boards.PackVersions;
import org.stocktake.boards.Forms.NewPlanItem;
import org.stocktake.boards.ForwardPlans;
import org.stocktake.boards.ImprovementActivities;
import org.stocktake.boards.Forms.Note;
import org.stocktake.boards.Meeting;
import org.stocktake.boards.MemberRole;
import org.stocktake.boards.Purpose;
import org.stocktake.platform.web.BadRequestException;
import org.stocktake.platform.web.FormErrors;
import org.stocktake.platform.web.NotFoundException;
import org.stocktake.reporting.Reports;
import org.stocktake.reporting.Reports.Format;
import org.stocktake.platform.web.Option;

/** Boards, meetings and the action tracker as pages; clerks run their boards from the same pages. */
@Controller
class BoardController {


	private final Boards boards;
	private final ForwardPlans plans;
	private final MeetingAttendance attendance;
	private final PackVersions versions;
	private final ImprovementActivities activities;
	private final Reports reports;
	private final MessageSource messages;

	BoardController(Boards boards, ForwardPlans plans, MeetingAttendance attendance, PackVersions versions,
			ImprovementActivities activities, Reports reports, MessageSource messages) {
		this.activities = activities;
		this.boards = boards;
		this.plans = plans;
		this.attendance = attendance;
		this.versions = versions;
		this.reports = reports;
		this.messages = messages;
	}

	@GetMapping("/boards")
	String list(Authentication auth, Model model) {
		model.addAttribute("boards", boards.boards());
		model.addAttribute("createsBoards", boards.createsBoards(boards.reader(auth)));
		return "boards/boards";
	}

	@GetMapping("/boards/new")
	String newBoardForm(Authentication auth, Model model) {
		if (!boards.createsBoards(boards.reader(auth))) {
			throw new org.stocktake.platform.web.ForbiddenException("Only an admin or a clerk of every board may create a board");
		}
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new BoardForm(null, null, null));
		}
		model.addAttribute("formAction", "/boards/new");
		model.addAttribute("formHeading", "boards.board.new");
		model.addAttribute("formButton", "boards.board.create");
		model.addAttribute("cancel", "/boards");
		return "boards/board-form";
	}

	@PostMapping("/boards/new")
	String createBoard(@ModelAttribute("form") BoardForm form, BindingResult binding, Authentication auth, Model model,
			RedirectAttributes redirect) {
		try {
			Board board = boards.createBoard(boards.reader(auth), form);
			redirect.addFlashAttribute("saved", "boards.board.created");
			return "redirect:/boards/" + board.slug();
		}
		catch (BadRequestException ex) {
			FormErrors.reject(binding, ex);
			return newBoardForm(auth, model);
		}
	}

	@GetMapping("/boards/{slug}/edit")
	String editBoardForm(@PathVariable String slug, Authentication auth, Model model) {
		Board board = boards.board(slug);
		boards.requireManages(boards.reader(auth), board);
		model.addAttribute("board", board);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new BoardForm(board.name(), board.termsOfReference(), board.priorities()));
		}
		model.addAttribute("formAction", "/boards/" + board.slug() + "/edit");
		model.addAttribute("formHeading", "boards.board.edit");
		model.addAttribute("formButton", "boards.item.save");
		model.addAttribute("cancel", "/boards/" + board.slug());
		return "boards/board-form";
	}

	@PostMapping("/boards/{slug}/edit")
	String updateBoard(@PathVariable String slug, @ModelAttribute("form") BoardForm form, BindingResult binding, Authentication auth,
			Model model, RedirectAttributes redirect) {
		Board board = boards.board(slug);
		try {
			boards.updateBoard(boards.reader(auth), board, form);
		}
		catch (BadRequestException ex) {
			FormErrors.reject(binding, ex);
			return editBoardForm(slug, auth, model);
		}
		redirect.addFlashAttribute("saved", "boards.board.saved");
		return "redirect:/boards/" + board.slug();
	}

	@PostMapping("/boards/{slug}/members/copy")
	String copyMembers(@PathVariable String slug, @ModelAttribute("copyForm") CopyMembers form, BindingResult binding, Authentication auth,
			Model model, RedirectAttributes redirect) {
		Board board = boards.board(slug);
		try {
			boards.copyMembers(boards.reader(auth), board, form);
		}
		catch (BadRequestException ex) {
			FormErrors.reject(binding, ex);
			return board(board.slug(), form.to(), auth, model);
		}
		redirect.addFlashAttribute("saved", "boards.member.copied");
		return "redirect:/boards/" + board.slug() + "?membershipYear=" + java.net.URLEncoder.encode(form.to().trim(), java.nio.charset.StandardCharsets.UTF_8);
	}

	@PostMapping("/boards/{slug}/members/{memberId}/role")
	String memberRole(@PathVariable String slug, @PathVariable long memberId, @RequestParam(required = false) String role, Authentication auth,
			RedirectAttributes redirect) {
		Board board = boards.board(slug);
		boards.changeMemberRole(boards.reader(auth), board, memberId, role);
		redirect.addFlashAttribute("saved", "boards.member.roleChanged");
		return "redirect:/boards/" + board.slug();
	}

	@GetMapping("/boards/{slug}")
	String board(@PathVariable String slug, @RequestParam(name = "membershipYear", required = false) String year, Authentication auth, Model model) {
		Board board = boards.board(slug);
		if (!board.slug().equals(slug)) {
			return "redirect:/boards/" + board.slug();
		}
		BoardReader reader = boards.reader(auth);
		List<String> years = boards.memberYears(board);
		String shown = year != null && years.contains(year.trim()) ? year.trim() : boards.currentYear();
		model.addAttribute("board", board);
		model.addAttribute("years", years.stream().map(y -> new Option(y, y)).toList());
		model.addAttribute("year", shown);
		model.addAttribute("members", boards.members(board).stream().filter(m -> m.year().equals(shown)).toList());
		if (!model.containsAttribute("copyForm")) {
			model.addAttribute("copyForm", new CopyMembers(years.size() > 1 ? years.get(1) : null, shown));
		}
		model.addAttribute("meetings", boards.meetings(reader, board));
		model.addAttribute("manages", reader.manages(board));
		if (!model.containsAttribute("memberForm")) {
			model.addAttribute("memberForm", new NewMember(null, "MEMBER", boards.currentYear(), null));
		}
		model.addAttribute("roleOptions", options(MemberRole.values(), MemberRole::messageKey, "boards.member.chooseRole"));
		model.addAttribute("plan", plans.plan(reader, board));
		if (!model.containsAttribute("planForm")) {
			model.addAttribute("planForm", new NewPlanItem(null, null, null, null, null, null, null));
		}
		model.addAttribute("purposeOptions", options(Purpose.values(), Purpose::messageKey, "boards.item.choosePurpose"));
		return "boards/board";
	}

	@PostMapping("/boards/{slug}/plan")
	String addPlanItem(@PathVariable String slug, @ModelAttribute("planForm") NewPlanItem form, BindingResult binding, Authentication auth,
			Model model, RedirectAttributes redirect) {
		Board board = boards.board(slug);
		try {
			plans.add(boards.reader(auth), board, form);
		}
		catch (BadRequestException ex) {
			FormErrors.reject(binding, ex);
			return board(board.slug(), null, auth, model);
		}
		redirect.addFlashAttribute("saved", "boards.plan.added");
		return "redirect:/boards/" + board.slug() + "#forward-plan";
	}

	@PostMapping("/boards/{slug}/plan/{planItemId}/remove")
	String removePlanItem(@PathVariable String slug, @PathVariable long planItemId, Authentication auth, RedirectAttributes redirect) {
		Board board = boards.board(slug);
		plans.remove(boards.reader(auth), board, planItemId);
		redirect.addFlashAttribute("saved", "boards.plan.removed");
		return "redirect:/boards/" + board.slug() + "#forward-plan";
	}

	@PostMapping("/meetings/{id}/plan")
	String putPlanOnAgenda(@PathVariable long id, Authentication auth, RedirectAttributes redirect) {
		int added = plans.putOnAgenda(boards.reader(auth), id);
		redirect.addFlashAttribute("saved", added == 0 ? "boards.plan.nothingDue" : "boards.plan.onAgenda");
		return "redirect:/meetings/" + id;
	}

	@PostMapping("/meetings/{id}/attendance")
	String recordAttendance(@PathVariable long id, @RequestParam java.util.Map<String, String> form, Authentication auth, Model model,
			RedirectAttributes redirect) {
		try {
			attendance.record(boards.reader(auth), id, form);
		}
		catch (BadRequestException ex) {
			model.addAttribute("problems", ex.errors().stream().map(e -> e.message()).toList());
			return meeting(id, auth, model);
		}
		redirect.addFlashAttribute("saved", "boards.attendance.saved");
		return "redirect:/meetings/" + id + "#attendance";
	}

	@PostMapping("/meetings/{id}/declarations")
	String declare(@PathVariable long id, @ModelAttribute("declarationForm") NewDeclaration form, BindingResult binding, Authentication auth,
			Model model, RedirectAttributes redirect) {
		try {
			attendance.declare(boards.reader(auth), id, form);
		}
		catch (BadRequestException ex) {
			FormErrors.reject(binding, ex);
			return meeting(id, auth, model);
		}
		redirect.addFlashAttribute("saved", "boards.declaration.added");
		return "redirect:/meetings/" + id + "#declarations";
	}

	@PostMapping("/meetings/{id}/declarations/{declarationId}/remove")
	String removeDeclaration(@PathVariable long id, @PathVariable long declarationId, Authentication auth, RedirectAttributes redirect) {
		attendance.removeDeclaration(boards.reader(auth), id, declarationId);
		redirect.addFlashAttribute("saved", "boards.declaration.removed");
		return "redirect:/meetings/" + id + "#declarations";
	}

	@PostMapping("/meetings/{id}/reminders")
	String remindOwners(@PathVariable long id, Authentication auth, RedirectAttributes redirect) {
		int sent = plans.remindOwners(boards.reader(auth), id);
		redirect.addFlashAttribute("saved", sent == 0 ? "boards.plan.noReminders" : "boards.plan.reminded");
		return "redirect:/meetings/" + id;
	}

	@PostMapping("/boards/{slug}/members")
	String addMember(@PathVariable String slug, @ModelAttribute("memberForm") NewMember form, BindingResult binding, Authentication auth,
			Model model, RedirectAttributes redirect) {
		Board board = boards.board(slug);
		try {
			boards.addMember(boards.reader(auth), board, form);
		}
		catch (BadRequestException ex) {
			FormErrors.reject(binding, ex);
			return board(board.slug(), form.year(), auth, model);
		}
		redirect.addFlashAttribute("saved", "boards.member.added");
		return "redirect:/boards/" + board.slug();
	}

	@PostMapping("/boards/{slug}/members/{memberId}/remove")
	String removeMember(@PathVariable String slug, @PathVariable long memberId, Authentication auth, RedirectAttributes redirect) {
		Board board = boards.board(slug);
		boards.removeMember(boards.reader(auth), board, memberId);
		redirect.addFlashAttribute("saved", "boards.member.removed");
		return "redirect:/boards/" + board.slug();
	}

	@GetMapping("/boards/{slug}/meetings/new")
	String meetingForm(@PathVariable String slug, Authentication auth, Model model) {
		Board board = boards.board(slug);
		boards.requireManages(boards.reader(auth), board);
		model.addAttribute("board", board);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new NewMeeting(null, null, null, null));
		}
		return "boards/meeting-new";
	}

	@PostMapping("/boards/{slug}/meetings/new")
	String createMeeting(@PathVariable String slug, @ModelAttribute("form") NewMeeting form, BindingResult binding, Authentication auth,
			Model model) {
		Board board = boards.board(slug);
		try {
			return "redirect:/meetings/" + boards.createMeeting(boards.reader(auth), board, form).id();
		}
		catch (BadRequestException ex) {
			FormErrors.reject(binding, ex);
			return meetingForm(slug, auth, model);
		}
	}

	@GetMapping("/meetings/{id}")
	String meeting(@PathVariable long id, Authentication auth, Model model) {
		Meeting meeting = boards.meeting(boards.reader(auth), id);
		model.addAttribute("meeting", meeting);
		model.addAttribute("today", boards.today());
		model.addAttribute("cycleWarnings", meeting.readerManages() ? boards.cycleWarnings(meeting) : List.of());
		model.addAttribute("planDue", meeting.readerManages() ? plans.dueAt(meeting) : List.of());
		model.addAttribute("previousMeeting", boards.meetings(boards.reader(auth), meeting.board()).stream()
			.filter(m -> m.date().isBefore(meeting.date()))
			.findFirst()
			.orElse(null));
		model.addAttribute("queuedIssues", meeting.readerManages() ? activities.queuedFor(meeting) : List.of());
		model.addAttribute("unreportedActivities", meeting.readerManages() ? activities.unreportedFor(meeting).size() : 0);
		model.addAttribute("oversightBoard", meeting.board().slug().equals(ImprovementActivities.OVERSIGHT_BOARD));
		BoardReader reader = boards.reader(auth);
		model.addAttribute("attendance", attendance.attendance(reader, meeting));
		model.addAttribute("packVersions", meeting.status().name().equals("PUBLISHED") ? versions.versions(reader, meeting) : List.of());
		model.addAttribute("declarations", attendance.declarations(reader, meeting));
		model.addAttribute("attendanceOptions", options(org.stocktake.boards.Attendance.values(), org.stocktake.boards.Attendance::messageKey,
				"boards.attendance.notRecorded"));
		if (!model.containsAttribute("declarationForm")) {
			model.addAttribute("declarationForm", new NewDeclaration(null, null, null));
		}
		model.addAttribute("papersDeadline", ForwardPlans.papersDeadline(meeting.date()));
		if (!model.containsAttribute("actionForm")) {
			model.addAttribute("actionForm", new NewAction(null, null, null, null));
		}
		model.addAttribute("itemOptions", itemOptions(meeting));
		model.addAttribute("actionStatuses", org.stocktake.boards.ActionStatus.values());
		return "boards/meeting";
	}

	@PostMapping("/meetings/{id}/publish")
	String publish(@PathVariable long id, Authentication auth, Model model, RedirectAttributes redirect) {
		try {
			boards.publish(boards.reader(auth), id);
		}
		catch (BadRequestException ex) {
			model.addAttribute("problems", ex.errors().stream().map(e -> e.message()).toList());
			return meeting(id, auth, model);
		}
		redirect.addFlashAttribute("saved", "boards.meeting.published");
		return "redirect:/meetings/" + id;
	}

	@PostMapping("/meetings/{id}/minutes/publish")
	String publishMinutes(@PathVariable long id, Authentication auth, Model model, RedirectAttributes redirect) {
		try {
			boards.publishMinutes(boards.reader(auth), id);
		}
		catch (BadRequestException ex) {
			model.addAttribute("problems", ex.errors().stream().map(e -> e.message()).toList());
			return meeting(id, auth, model);
		}
		redirect.addFlashAttribute("saved", "boards.minutes.published");
		return "redirect:/meetings/" + id;
	}

	@GetMapping("/meetings/{id}/items/new")
	String itemForm(@PathVariable long id, Authentication auth, Model model) {
		BoardReader reader = boards.reader(auth);
		boards.requireClerk(reader);
		Meeting meeting = boards.meeting(reader, id);
		boards.requireManages(reader, meeting.board());
		model.addAttribute("meeting", meeting);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", NewItem.empty());
		}
		model.addAttribute("purposeOptions", options(Purpose.values(), Purpose::messageKey, "boards.item.choosePurpose"));
		List<Option> paragraphs = new ArrayList<>();
		paragraphs.add(new Option("", text("boards.item.chooseParagraph")));
		for (int p = ExemptCategory.FIRST; p <= ExemptCategory.LAST; p++) {
			paragraphs.add(new Option(String.valueOf(p), text(ExemptCategory.messageKey(p))));
		}
		model.addAttribute("paragraphOptions", paragraphs);
		if (!model.containsAttribute("formAction")) {
			model.addAttribute("formAction", "/meetings/" + id + "/items/new");
			model.addAttribute("formHeading", "boards.item.new");
			model.addAttribute("formButton", "boards.item.add");
		}
		return "boards/item-new";
	}

	@GetMapping("/meetings/{id}/items/{itemId}/edit")
	String editForm(@PathVariable long id, @PathVariable long itemId, Authentication auth, Model model) {
		BoardReader reader = boards.reader(auth);
		boards.requireClerk(reader);
		AgendaItem i = boards.item(reader, id, itemId);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new NewItem(i.title(), i.purpose().name(), String.valueOf(i.exempt()),
					i.exemptParagraph() == null ? null : String.valueOf(i.exemptParagraph()), i.contactName(), i.contactPosition(),
					i.contactPhone(), i.contactEmail(), i.summary(), i.recommendations(), i.actionText(), i.body()));
		}
		model.addAttribute("formAction", "/meetings/" + id + "/items/" + itemId + "/edit");
		model.addAttribute("formHeading", "boards.item.edit");
		model.addAttribute("formButton", "boards.item.save");
		return itemForm(id, auth, model);
	}

	@PostMapping("/meetings/{id}/items/{itemId}/edit")
	String updateItem(@PathVariable long id, @PathVariable long itemId, @ModelAttribute("form") NewItem form, BindingResult binding,
			Authentication auth, Model model, RedirectAttributes redirect) {
		try {
			boards.updateItem(boards.reader(auth), id, itemId, form);
		}
		catch (BadRequestException ex) {
			FormErrors.reject(binding, ex);
			return editForm(id, itemId, auth, model);
		}
		redirect.addFlashAttribute("saved", "boards.item.saved");
		return "redirect:/meetings/" + id;
	}

	@PostMapping("/meetings/{id}/items/new")
	String addItem(@PathVariable long id, @ModelAttribute("form") NewItem form, BindingResult binding, Authentication auth, Model model,
			RedirectAttributes redirect) {
		try {
			boards.addItem(boards.reader(auth), id, form);
		}
		catch (BadRequestException ex) {
			FormErrors.reject(binding, ex);
			return itemForm(id, auth, model);
		}
		redirect.addFlashAttribute("saved", "boards.item.added");
		return "redirect:/meetings/" + id;
	}

	@GetMapping("/meetings/{id}/items/{itemId}/note")
	String noteForm(@PathVariable long id, @PathVariable long itemId, Authentication auth, Model model) {
		BoardReader reader = boards.reader(auth);
		boards.requireClerk(reader);
		Meeting meeting = boards.meeting(reader, id);
		boards.requireManages(reader, meeting.board());
		AgendaItem item = meeting.items().stream().filter(i -> i.id() == itemId).findFirst()
			.orElseThrow(() -> new NotFoundException("This meeting has no item " + itemId));
		model.addAttribute("meeting", meeting);
		model.addAttribute("item", item);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new Note(item.decision() == null ? null : item.decision().name(), item.minute()));
		}
		model.addAttribute("decisionOptions", options(Decision.values(), Decision::messageKey, "boards.note.chooseDecision"));
		return "boards/note";
	}

	@PostMapping("/meetings/{id}/items/{itemId}/note")
	String recordNote(@PathVariable long id, @PathVariable long itemId, @ModelAttribute("form") Note form, BindingResult binding,
			Authentication auth, Model model, RedirectAttributes redirect) {
		try {
			boards.recordNote(boards.reader(auth), id, itemId, form);
		}
		catch (BadRequestException ex) {
			FormErrors.reject(binding, ex);
			return noteForm(id, itemId, auth, model);
		}
		redirect.addFlashAttribute("saved", "boards.note.saved");
		return "redirect:/meetings/" + id;
	}

	@PostMapping("/meetings/{id}/actions")
	String addAction(@PathVariable long id, @ModelAttribute("actionForm") NewAction form, BindingResult binding, Authentication auth,
			Model model, RedirectAttributes redirect) {
		try {
			boards.addAction(boards.reader(auth), id, form);
		}
		catch (BadRequestException ex) {
			FormErrors.reject(binding, ex);
			return meeting(id, auth, model);
		}
		redirect.addFlashAttribute("saved", "boards.action.added");
		return "redirect:/meetings/" + id;
	}

	@PostMapping("/actions/{id}/status")
	String actionStatus(@PathVariable long id, @RequestParam(required = false) String status, Authentication auth,
			RedirectAttributes redirect) {
		Action action = boards.setActionStatus(boards.reader(auth), id, status);
		redirect.addFlashAttribute("saved", "boards.action.updated");
		return "redirect:/meetings/" + action.meetingId();
	}

	@GetMapping("/actions")
	String actions(@RequestParam(required = false) String status, @RequestParam(required = false) String board, Authentication auth,
			Model model) {
		String s = status == null || status.isBlank() ? "open" : status;
		model.addAttribute("actions", boards.actions(boards.reader(auth), s.equals("all") ? null : s, board));
		model.addAttribute("status", s.toLowerCase(Locale.ROOT));
		model.addAttribute("today", boards.today());
		return "boards/actions";
	}

	@GetMapping("/meetings/{id}/pack.pdf")
	ResponseEntity<byte[]> packPdf(@PathVariable long id, Authentication auth) {
		return download(id, auth, Format.PDF);
	}

	@GetMapping("/meetings/{id}/pack.docx")
	ResponseEntity<byte[]> packDocx(@PathVariable long id, Authentication auth) {
		return download(id, auth, Format.DOCX);
	}

	ResponseEntity<byte[]> download(long id, Authentication auth, Format format) {
		Meeting meeting = boards.meeting(boards.reader(auth), id);
		MeetingPack.Rendered rendered = versions.current(meeting);
		byte[] body = format == Format.PDF ? rendered.pdf() : reports.render(rendered.report(), Format.DOCX);
		return file(body, format, meeting.board().slug() + "-" + meeting.date() + "-pack");
	}

	@GetMapping("/meetings/{id}/packs/{version}.pdf")
	ResponseEntity<byte[]> versionPdf(@PathVariable long id, @PathVariable int version, Authentication auth) {
		return versionFile(id, version, auth, Format.PDF);
	}

	@GetMapping("/meetings/{id}/packs/{version}.docx")
	ResponseEntity<byte[]> versionDocx(@PathVariable long id, @PathVariable int version, Authentication auth) {
		return versionFile(id, version, auth, Format.DOCX);
	}

	private ResponseEntity<byte[]> versionFile(long id, int version, Authentication auth, Format format) {
		BoardReader reader = boards.reader(auth);
		Meeting meeting = boards.meeting(reader, id);
		byte[] body = versions.file(reader, meeting, version, format)
			.orElseThrow(() -> new NotFoundException("This meeting's pack has no version " + version));
		return file(body, format, meeting.board().slug() + "-" + meeting.date() + "-pack-v" + version);
	}

	@PostMapping("/meetings/{id}/packs")
	String republish(@PathVariable long id, Authentication auth, Model model, RedirectAttributes redirect) {
		try {
			versions.republish(boards.reader(auth), id);
		}
		catch (BadRequestException ex) {
			model.addAttribute("problems", ex.errors().stream().map(e -> e.message()).toList());
			return meeting(id, auth, model);
		}
		redirect.addFlashAttribute("saved", "boards.pack.republished");
		return "redirect:/meetings/" + id + "#pack-versions";
	}

	private static ResponseEntity<byte[]> file(byte[] body, Format format, String baseName) {
		org.springframework.http.ContentDisposition disposition = org.springframework.http.ContentDisposition.attachment()
			.filename(baseName + "." + format.extension(), java.nio.charset.StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(format.mediaType())
			.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.body(body);
	}

	private List<Option> itemOptions(Meeting meeting) {
		List<Option> options = new ArrayList<>();
		options.add(new Option("", text("boards.action.noItem")));
		meeting.items().stream().filter(AgendaItem::visible)
			.forEach(i -> options.add(new Option(String.valueOf(i.number()), i.number() + ". " + i.title())));
		return options;
	}

	private <E> List<Option> options(E[] values, java.util.function.Function<E, String> key, String chooseKey) {
		List<Option> options = new ArrayList<>();
		options.add(new Option("", text(chooseKey)));
		Arrays.stream(values).forEach(v -> options.add(new Option(((Enum<?>) v).name(), text(key.apply(v)))));
		return options;
	}

	String text(String key, Object... args) {
		return messages.getMessage(key, args, Locale.UK);
	}
}
