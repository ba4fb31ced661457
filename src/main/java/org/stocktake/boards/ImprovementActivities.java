package org.stocktake.boards;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stocktake.boards.Activity.Duplicate;
import org.stocktake.boards.Forms.NewActivity;
import org.stocktake.boards.internal.ActivityRepository;
import org.stocktake.boards.internal.BoardRepository;
import org.stocktake.platform.audit.AuditLog;
import org.stocktake.platform.web.BadRequestException;
import org.stocktake.platform.web.ForbiddenException;
import org.stocktake.platform.web.Problems.FieldError;
import org.stocktake.register.Area;
import org.stocktake.register.Register;

/**
 * Oversight of improvement activity across the boards: officers log activity for any board; the
 * significant issues queue for the Improvement and Innovation Board's next meeting; the "LGA Boards'
 * improvement activity" report is drafted for a meeting from everything since the last report; and
 * activities on different boards that look alike are flagged, with why, so the Board can act as
 * gatekeeper against duplication.
 */
@Service
public class ImprovementActivities {

	/** The board that oversees improvement activity across the others. */
	public static final String OVERSIGHT_BOARD = "improvement-and-innovation-board";

	/** Texts at least this alike (cosine of TF-IDF vectors) are flagged whatever councils they involve. */
	public static final double SIMILAR_TEXT = 0.5;

	/** Activities with a council in common are flagged from this lower likeness of text. */
	public static final double SIMILAR_WITH_SHARED_COUNCIL = 0.25;

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final Boards boards;
	private final ActivityRepository repository;
	private final BoardRepository boardRepository;
	private final Register register;
	private final AuditLog audit;

	ImprovementActivities(Boards boards, ActivityRepository repository, BoardRepository boardRepository, Register register, AuditLog audit) {
		this.boards = boards;
		this.repository = repository;
		this.boardRepository = boardRepository;
		this.register = register;
		this.audit = audit;
	}

	private static void requireOfficer(BoardReader reader) {
		if (!reader.officer()) {
			throw new ForbiddenException("Only the association's officers log and read improvement activity");
		}
	}

	public List<Activity> activities(BoardReader reader) {
		requireOfficer(reader);
		return repository.all();
	}

	@Transactional
	public Activity log(BoardReader reader, NewActivity form) {
		requireOfficer(reader);
		List<FieldError> errors = new ArrayList<>();
		Board board = null;
		if (Boards.blank(form.board())) {
			errors.add(FieldError.field("board", "", "Select the board the activity is for"));
		}
		else {
			String b = form.board().trim();
			board = (b.matches("[0-9]{1,18}") ? boardRepository.board(Long.parseLong(b)) : boardRepository.boardBySlug(b)).orElse(null);
			if (board == null) {
				errors.add(FieldError.field("board", b, "There is no board " + b));
			}
		}
		String title = Boards.required("title", form.title(), 300, "Enter the title of the activity", errors);
		String description = Boards.required("description", form.description(), 10_000, "Describe the activity", errors);
		Boards.limit("programme", form.programme(), 200, errors);
		Boards.limit("theme", form.theme(), 200, errors);
		LocalDate date = null;
		if (Boards.blank(form.date())) {
			errors.add(FieldError.field("date", "", "Enter the date of the activity, as YYYY-MM-DD"));
		}
		else {
			try {
				date = LocalDate.parse(form.date().trim());
			}
			catch (DateTimeParseException ex) {
				errors.add(FieldError.field("date", form.date(), "Not a date: write it as YYYY-MM-DD, for example 2026-01-19"));
			}
		}
		Set<String> councils = new LinkedHashSet<>();
		for (String code : form.councils() == null ? List.<String>of() : form.councils()) {
			if (code == null || code.isBlank()) {
				continue;
			}
			Area area = register.find(code.trim()).orElse(null);
			if (area == null) {
				errors.add(FieldError.field("councils", code, "No authority in the register has the GSS code " + code.trim()));
			}
			else {
				councils.add(area.gssCode());
			}
		}
		if (!errors.isEmpty()) {
			throw new BadRequestException(errors);
		}
		Activity activity = new Activity(0, board.id(), board.slug(), board.name(), title, description, Boards.optional(form.programme()),
				Boards.optional(form.theme()), date, Boolean.TRUE.equals(form.significant()), List.copyOf(councils), null);
		long id = repository.insert(activity, AuditLog.currentActor());
		Activity created = repository.find(id).orElseThrow();
		audit.created("improvement-activity", String.valueOf(id), "Improvement activity logged for " + board.name() + ": " + title, created);
		return created;
	}

	/** Pairs of activities on different boards that look alike, most alike first. */
	public List<Duplicate> duplicates(BoardReader reader) {
		requireOfficer(reader);
		List<Activity> all = repository.all();
		Similarity similarity = new Similarity(all.stream().map(a -> a.title() + ". " + a.title() + ". " + a.description()).toList());
		List<Duplicate> found = new ArrayList<>();
		for (int i = 0; i < all.size(); i++) {
			for (int j = i + 1; j < all.size(); j++) {
				Activity a = all.get(i);
				Activity b = all.get(j);
				if (a.boardId() == b.boardId()) {
					continue;
				}
				double cosine = similarity.cosine(i, j);
				List<String> shared = a.councils().stream().filter(b.councils()::contains).toList();
				boolean flagged = cosine >= SIMILAR_TEXT || (!shared.isEmpty() && cosine >= SIMILAR_WITH_SHARED_COUNCIL);
				if (!flagged) {
					continue;
				}
				List<String> words = similarity.shared(i, j).stream().limit(8).toList();
				List<String> names = shared.stream().map(c -> register.find(c).map(Area::name).orElse(c) + " (" + c + ")").toList();
				String reason = String.format(Locale.ROOT, "Similar title and description (likeness %.2f; words in common: %s)", cosine,
						String.join(", ", words)) + (names.isEmpty() ? "" : "; same councils: " + String.join(", ", names));
				Activity first = a.date().isAfter(b.date()) ? b : a;
				Activity second = first == a ? b : a;
				found.add(new Duplicate(first, second, Math.round(cosine * 1000) / 1000.0, words, shared, reason));
			}
		}
		found.sort((x, y) -> Double.compare(y.similarity(), x.similarity()));
		return found;
	}

	/** Significant issues not yet reported, queued for a meeting of the Improvement and Innovation Board. */
	public List<Activity> queuedFor(Meeting meeting) {
		if (!meeting.board().slug().equals(OVERSIGHT_BOARD)) {
			return List.of();
		}
		return repository.unreported(meeting.date()).stream().filter(Activity::significant).toList();
	}

	/** Everything unreported up to the meeting, for the activity report. */
	public List<Activity> unreportedFor(Meeting meeting) {
		return meeting.board().slug().equals(OVERSIGHT_BOARD) ? repository.unreported(meeting.date()) : List.of();
	}

	/**
	 * Drafts the "LGA Boards' improvement activity" report as an agenda item of the meeting, from the
	 * activities since the last report grouped by board; the clerk edits it like any item before publishing.
	 */
	@Transactional
	public AgendaItem draftReport(BoardReader reader, long meetingId) {
		Meeting meeting = boards.managed(reader, meetingId);
		if (!meeting.board().slug().equals(OVERSIGHT_BOARD)) {
			throw new BadRequestException("report", null, "The improvement activity report goes to the Improvement and Innovation Board");
		}
		List<Activity> activities = repository.unreported(meeting.date());
		if (activities.isEmpty()) {
			throw new BadRequestException("report", null, "No improvement activity has been logged since the last report");
		}
		Map<String, List<Activity>> byBoard = activities.stream().collect(Collectors.groupingBy(Activity::boardName, LinkedHashMap::new,
				Collectors.toList()));
		long significant = activities.stream().filter(Activity::significant).count();
		StringBuilder body = new StringBuilder("## Background\n\n")
			.append("The Board retains a strategic and overarching perspective on the improvement activity undertaken across the LGA's boards, "
					+ "to avoid any duplication. This report sets out the activity logged since the Board's last report, board by board.\n\n");
		for (Map.Entry<String, List<Activity>> e : byBoard.entrySet()) {
			body.append("## ").append(e.getKey()).append("\n\n");
			for (Activity a : e.getValue()) {
				body.append(a.title()).append(" (").append(DATE.format(a.date()));
				if (a.programme() != null) {
					body.append("; ").append(a.programme());
				}
				if (a.theme() != null) {
					body.append("; ").append(a.theme());
				}
				if (!a.councils().isEmpty()) {
					body.append("; councils: ").append(a.councils().stream().map(c -> register.find(c).map(Area::name).orElse(c))
						.collect(Collectors.joining(", ")));
				}
				body.append(").").append(a.significant() ? " A significant improvement issue for this Board." : "").append(' ')
					.append(a.description().replaceAll("\\R\\s*\\R", " ")).append("\n\n");
			}
		}
		body.append("## Next steps\n\nOfficers will continue to coordinate the flow of improvement business through the boards and report "
				+ "to each meeting of this Board.");
		Forms.NewItem item = new Forms.NewItem("LGA Boards' improvement activity", "FOR_INFORMATION", null, null, null, null, null, null,
				"This report sets out the improvement activity of the LGA's boards since the last report: " + activities.size() + " activities from "
						+ byBoard.size() + (byBoard.size() == 1 ? " board" : " boards") + ", " + significant
						+ (significant == 1 ? " of them a significant improvement issue" : " of them significant improvement issues") + " for this Board.",
				"That the Board notes the improvement activity across the LGA's boards.", "Officers to take forward any actions the Board "
						+ "identifies.", body.toString());
		AgendaItem created = boards.addItem(reader, meetingId, item);
		repository.markReported(activities.stream().map(Activity::id).toList(), meetingId);
		audit.updated("meeting", String.valueOf(meetingId), "Improvement activity report drafted for " + meeting.title() + " from "
				+ activities.size() + " activities", null, activities.stream().map(Activity::id).toList());
		return created;
	}
}
