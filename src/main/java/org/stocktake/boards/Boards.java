package org.stocktake.boards;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stocktake.boards.Forms.BoardForm;
import org.stocktake.boards.Forms.CopyMembers;
import org.stocktake.boards.Forms.NewAction;
import org.stocktake.boards.Forms.NewItem;
import org.stocktake.boards.Forms.NewMeeting;
import org.stocktake.boards.Forms.NewMember;
import org.stocktake.boards.Forms.Note;
import org.stocktake.boards.internal.BoardRepository;
import org.stocktake.boards.internal.BoardRepository.MeetingRow;
import org.stocktake.boards.internal.BoardRepository.MemberRow;
import org.stocktake.people.Directory;
import org.stocktake.people.Person;
import org.stocktake.platform.audit.AuditLog;
import org.stocktake.platform.security.Role;
import org.stocktake.platform.security.SignedInUser;
import org.stocktake.platform.security.UserAccount;
import org.stocktake.platform.security.UserAdministration;
import org.stocktake.platform.security.UserStore;
import org.stocktake.platform.web.BadRequestException;
import org.stocktake.platform.web.ForbiddenException;
import org.stocktake.platform.web.NotFoundException;
import org.stocktake.platform.web.Problems.FieldError;

/**
 * The boards, their members and meetings, and the rules of who reads and who runs them. Every read
 * takes a {@link BoardReader} and answers only what that reader may see; every change checks that
 * the reader runs the board and is audited.
 */
@Service
public class Boards {

	private final BoardRepository repository;
	private final Directory directory;
	private final UserAdministration userAdministration;
	private final UserStore users;
	private final AuditLog audit;
	private final Clock clock;
	private final org.springframework.context.ApplicationEventPublisher events;

	Boards(BoardRepository repository, Directory directory, UserAdministration userAdministration, UserStore users, AuditLog audit, Clock clock,
			org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.repository = repository;
		this.directory = directory;
		this.userAdministration = userAdministration;
		this.users = users;
		this.audit = audit;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/** The financial year {@code today} falls in, as {@code 2025/26}: board memberships run by it. */
	public String currentYear() {
		return yearOf(today());
	}

	/** The financial year a date falls in, as {@code 2025/26}. */
	public static String yearOf(LocalDate t) {
		int start = t.getMonthValue() >= 4 ? t.getYear() : t.getYear() - 1;
		return start + "/" + String.format(Locale.ROOT, "%02d", (start + 1) % 100);
	}

	// Readers

	public BoardReader reader(Authentication auth) {
		if (auth == null || !(auth.getPrincipal() instanceof SignedInUser user)) {
			return BoardReader.anonymous();
		}
		Set<Long> memberOf = repository.boardsOfUser(user.id(), currentYear());
		Set<Long> clerkOf = new HashSet<>();
		boolean all = false;
		for (UserAdministration.Grant grant : userAdministration.grants(user.id())) {
			if (!grant.permission().equals(BoardReader.CLERK)) {
				continue;
			}
			if (grant.scope().isBlank()) {
				all = true;
			}
			else {
				repository.boardBySlug(grant.scope()).ifPresent(b -> clerkOf.add(b.id()));
			}
		}
		return new BoardReader(user.id(), user.role(), memberOf, clerkOf, all);
	}

	// Boards and members

	public List<Board> boards() {
		return repository.boards();
	}

	/** A board by its slug or its numeric id. */
	public Board board(String slugOrId) {
		Optional<Board> board = slugOrId != null && slugOrId.matches("[0-9]{1,18}") ? repository.board(Long.parseLong(slugOrId))
				: repository.boardBySlug(slugOrId);
		return board.orElseThrow(() -> new NotFoundException("There is no board " + slugOrId));
	}

	/** Creating a board is for admins and for clerks of every board; each board's own clerks change it. */
	public boolean createsBoards(BoardReader reader) {
		return reader.role() == Role.ADMIN || (reader.role() == Role.OFFICER && reader.clerkOfAll());
	}

	@Transactional
	public Board createBoard(BoardReader reader, BoardForm form) {
		if (!createsBoards(reader)) {
			throw new ForbiddenException("Only an admin or a clerk of every board may create a board");
		}
		List<FieldError> errors = new ArrayList<>();
		String name = required("name", form.name(), 200, "Enter the name of the board", errors);
		String slug = name == null ? null : slug(name);
		if (name != null && (slug.isEmpty() || RESERVED_SLUGS.contains(slug))) {
			errors.add(FieldError.field("name", form.name(), "Enter a name with letters, like Resources Board"));
		}
		else if (name != null && repository.boardBySlug(slug).isPresent()) {
			errors.add(FieldError.field("name", form.name(), "There is already a board called " + name));
		}
		limit("termsOfReference", form.termsOfReference(), 10_000, errors);
		limit("priorities", form.priorities(), 10_000, errors);
		if (!errors.isEmpty()) {
			throw new BadRequestException(errors);
		}
		long id = repository.insertBoard(slug, name, optional(form.termsOfReference()), false);
		repository.setBoardPriorities(id, optional(form.priorities()));
		Board board = repository.board(id).orElseThrow();
		audit.created("board", String.valueOf(id), "Board " + name + " created", board);
		return board;
	}

	@Transactional
	public Board updateBoard(BoardReader reader, Board board, BoardForm form) {
		requireManages(reader, board);
		List<FieldError> errors = new ArrayList<>();
		String name = required("name", form.name(), 200, "Enter the name of the board", errors);
		limit("termsOfReference", form.termsOfReference(), 10_000, errors);
		limit("priorities", form.priorities(), 10_000, errors);
		if (!errors.isEmpty()) {
			throw new BadRequestException(errors);
		}
		// The slug stays as it was: links, feeds and subscriptions use it.
		repository.updateBoard(board.id(), name, optional(form.termsOfReference()), optional(form.priorities()));
		Board after = repository.board(board.id()).orElseThrow();
		audit.updated("board", String.valueOf(board.id()), "Board " + name + " changed", board, after);
		return after;
	}

	/** The years the board has members in, newest first, always including the current year. */
	public List<String> memberYears(Board board) {
		List<String> years = new ArrayList<>(repository.memberYears(board.id()));
		if (!years.contains(currentYear())) {
			years.add(currentYear());
			years.sort(java.util.Comparator.reverseOrder());
		}
		return years;
	}

	@Transactional
	public int copyMembers(BoardReader reader, Board board, CopyMembers form) {
		requireManages(reader, board);
		List<FieldError> errors = new ArrayList<>();
		String from = year("from", form.from(), errors);
		String to = year("to", form.to(), errors);
		if (from != null && from.equals(to)) {
			errors.add(FieldError.field("to", form.to(), "Enter a different year from the one copied"));
		}
		if (!errors.isEmpty()) {
			throw new BadRequestException(errors);
		}
		int copied = repository.copyMembers(board.id(), from, to, AuditLog.currentActor());
		audit.created("board-member", board.slug() + "/" + to, copied + " members of " + board.name() + " carried from " + from + " to " + to,
				Map.of("board", board.slug(), "from", from, "to", to, "copied", copied));
		return copied;
	}

	@Transactional
	public void changeMemberRole(BoardReader reader, Board board, long memberId, String role) {
		requireManages(reader, board);
		MemberRow row = repository.member(memberId).filter(m -> m.boardId() == board.id())
			.orElseThrow(() -> new NotFoundException("This board has no member " + memberId));
		MemberRole to = MemberRole.parse(role).orElseThrow(() -> new BadRequestException("role", role, "Select the member's role on the board"));
		repository.setMemberRole(memberId, to);
		audit.updated("board-member", String.valueOf(memberId), "Member's role on " + board.name() + " now " + to, row.role(), to);
	}

	static String year(String field, String value, List<FieldError> errors) {
		String year = value == null ? "" : value.trim();
		if (!year.matches("[0-9]{4}/[0-9]{2}") || Integer.parseInt(year.substring(5)) != (Integer.parseInt(year.substring(0, 4)) + 1) % 100) {
			errors.add(FieldError.field(field, value == null ? "" : value, "Enter the year as a financial year, like 2025/26"));
			return null;
		}
		return year;
	}

	private static final Set<String> RESERVED_SLUGS = Set.of("new", "search", "meetings", "subscriptions", "activities");

	/** The board's name as it appears in its address: lower case, words joined by hyphens. */
	public static String slug(String name) {
		return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-|-$)", "");
	}

	/** The board's members, newest year first, with each person's name, authority and group from the directory. */
	public List<Member> members(Board board) {
		List<Member> members = new ArrayList<>();
		for (MemberRow row : repository.members(board.id())) {
			Person person = directory.find(row.personId()).orElse(null);
			members.add(new Member(row.id(), row.boardId(), row.personId(), person == null ? "–" : person.name(),
					person == null ? null : person.authorityName(), person == null || person.party() == null ? null : person.party().name(),
					row.year(), row.role(), row.username()));
		}
		return members;
	}

	@Transactional
	public Member addMember(BoardReader reader, Board board, NewMember form) {
		requireManages(reader, board);
		List<FieldError> errors = new ArrayList<>();
		Person person = null;
		if (blank(form.person())) {
			errors.add(FieldError.field("person", "", "Enter the person's reference in the directory"));
		}
		else {
			String ref = form.person().trim();
			person = directory.findByRef(ref).or(() -> ref.matches("[0-9]{1,18}") ? directory.find(Long.parseLong(ref)) : Optional.empty())
				.orElse(null);
			if (person == null) {
				errors.add(FieldError.field("person", ref, "No one in the directory has this reference"));
			}
		}
		MemberRole role = MemberRole.parse(form.role()).orElse(null);
		if (role == null) {
			errors.add(FieldError.field("role", form.role(), "Select the member's role on the board"));
		}
		String year = blank(form.year()) ? currentYear() : form.year().trim();
		if (!year.matches("[0-9]{4}/[0-9]{2}") || Integer.parseInt(year.substring(5)) != (Integer.parseInt(year.substring(0, 4)) + 1) % 100) {
			errors.add(FieldError.field("year", form.year(), "Enter the year as a financial year, like 2025/26"));
		}
		else if (person != null && repository.memberExists(board.id(), person.id(), year)) {
			errors.add(FieldError.field("person", form.person(), person.name() + " is already a member of this board in " + year));
		}
		Long userId = null;
		if (!blank(form.username())) {
			UserAccount account = users.findByUsername(form.username().trim()).orElse(null);
			if (account == null) {
				errors.add(FieldError.field("username", form.username(), "There is no account with this username"));
			}
			else if (account.role() != Role.MEMBER) {
				errors.add(FieldError.field("username", form.username(), "Only an account with the member role can be linked to a board"));
			}
			else {
				userId = account.id();
			}
		}
		if (!errors.isEmpty()) {
			throw new BadRequestException(errors);
		}
		long id = repository.insertMember(board.id(), person.id(), year, role, userId, AuditLog.currentActor());
		Map<String, Object> snapshot = new LinkedHashMap<>();
		snapshot.put("board", board.slug());
		snapshot.put("personId", person.id());
		snapshot.put("year", year);
		snapshot.put("role", role);
		snapshot.put("userId", userId);
		audit.created("board-member", String.valueOf(id), person.name() + " joined " + board.name() + " for " + year, snapshot);
		return members(board).stream().filter(m -> m.id() == id).findFirst().orElseThrow();
	}

	@Transactional
	public void removeMember(BoardReader reader, Board board, long memberId) {
		requireManages(reader, board);
		MemberRow row = repository.member(memberId).filter(m -> m.boardId() == board.id())
			.orElseThrow(() -> new NotFoundException("This board has no member " + memberId));
		repository.deleteMember(memberId);
		audit.deleted("board-member", String.valueOf(memberId), "Member removed from " + board.name(), row);
	}

	// Meetings

	/** The board's meetings this reader may see, newest first, without their items. */
	public List<Meeting> meetings(BoardReader reader, Board board) {
		return repository.meetings(board.id())
			.stream()
			.filter(m -> reader.seesDrafts() || m.status() == MeetingStatus.PUBLISHED)
			.map(m -> new Meeting(m.id(), board, m.date(), m.startTime(), m.venue(), m.cycle(), m.status(), m.minutesPublished(), List.of(),
					List.of(), reader.seesExempt(board), reader.manages(board)))
			.toList();
	}

	/** The meeting as this reader may see it; a draft is "not found" to those who may not see drafts. */
	public Meeting meeting(BoardReader reader, long id) {
		MeetingRow row = repository.meeting(id).orElseThrow(() -> new NotFoundException("There is no meeting " + id));
		Board board = repository.board(row.boardId()).orElseThrow();
		if (row.status() == MeetingStatus.DRAFT && !reader.seesDrafts()) {
			throw new NotFoundException("There is no meeting " + id);
		}
		boolean exempt = reader.seesExempt(board);
		boolean note = row.minutesPublished() || reader.seesDrafts();
		List<AgendaItem> items = repository.items(id).stream().map(i -> {
			AgendaItem seen = i.exempt() && !exempt ? i.redacted() : i;
			if (!note && seen.visible()) {
				seen = seen.withoutNote();
			}
			return reader.seesContactDetails() || !seen.visible() ? seen : seen.withoutContactDetails();
		}).toList();
		List<Action> actions = note ? repository.actionsOfMeeting(id).stream().filter(a -> exempt || !a.itemExempt()).toList() : List.of();
		return new Meeting(row.id(), board, row.date(), row.startTime(), row.venue(), row.cycle(), row.status(), row.minutesPublished(), items,
				actions, exempt, reader.manages(board));
	}

	@Transactional
	public Meeting createMeeting(BoardReader reader, Board board, NewMeeting form) {
		requireManages(reader, board);
		List<FieldError> errors = new ArrayList<>();
		LocalDate date = null;
		if (blank(form.date())) {
			errors.add(FieldError.field("date", "", "Enter the date of the meeting, as YYYY-MM-DD"));
		}
		else {
			try {
				date = LocalDate.parse(form.date().trim());
			}
			catch (DateTimeParseException ex) {
				errors.add(FieldError.field("date", form.date(), "Not a date: write it as YYYY-MM-DD, for example 2026-01-19"));
			}
		}
		LocalTime time = null;
		if (!blank(form.time())) {
			try {
				time = LocalTime.parse(form.time().trim().length() == 4 ? "0" + form.time().trim() : form.time().trim());
			}
			catch (DateTimeParseException ex) {
				errors.add(FieldError.field("time", form.time(), "Not a time: write it as HH:MM on the 24-hour clock, for example 11:00"));
			}
		}
		String venue = blank(form.venue()) ? null : form.venue().trim();
		if (venue != null && venue.length() > 300) {
			errors.add(FieldError.field("venue", venue, "The venue must be 300 characters or fewer"));
		}
		String cycle = blank(form.cycle()) ? null : form.cycle().trim().toUpperCase(Locale.ROOT);
		if (cycle == null && date != null) {
			cycle = quarterOf(date);
		}
		else if (cycle != null && !cycle.matches("[0-9]{4}/[0-9]{2} Q[1-4]")) {
			errors.add(FieldError.field("cycle", form.cycle(), "Enter the quarterly cycle as a financial quarter, like 2025/26 Q3"));
		}
		if (!errors.isEmpty()) {
			throw new BadRequestException(errors);
		}
		long id = repository.insertMeeting(board.id(), date, time, venue, cycle, AuditLog.currentActor());
		Map<String, Object> snapshot = new LinkedHashMap<>();
		snapshot.put("board", board.slug());
		snapshot.put("date", date);
		snapshot.put("time", time);
		snapshot.put("venue", venue);
		snapshot.put("cycle", cycle);
		audit.created("meeting", String.valueOf(id), board.name() + " meeting on " + date, snapshot);
		return meeting(reader, id);
	}

	/** The financial quarter of a date, like {@code 2025/26 Q3} (Q1 = April to June). */
	public static String quarterOf(LocalDate date) {
		int start = date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
		int quarter = ((date.getMonthValue() + 8) % 12) / 3 + 1;
		return start + "/" + String.format(Locale.ROOT, "%02d", (start + 1) % 100) + " Q" + quarter;
	}

	/** The board that "meets towards the end of each quarterly cycle", after the other boards. */
	public static final String IMPROVEMENT_BOARD = "improvement-and-innovation-board";

	/**
	 * For the scheduler: when {@code meeting} is the Improvement and Innovation Board's, the other
	 * boards' meetings of the same cycle that fall after it (the Board should meet after them all),
	 * as board name and date; empty otherwise.
	 */
	public List<Map.Entry<String, LocalDate>> cycleWarnings(Meeting meeting) {
		if (!meeting.board().slug().equals(IMPROVEMENT_BOARD) || meeting.cycle() == null) {
			return List.of();
		}
		return repository.laterInCycle(meeting.cycle(), meeting.board().id(), meeting.date());
	}

	@Transactional
	public Meeting publish(BoardReader reader, long meetingId) {
		Meeting meeting = managed(reader, meetingId);
		if (meeting.items().isEmpty()) {
			throw new BadRequestException("items", null, "Add at least one item to the agenda before publishing it");
		}
		if (meeting.status() == MeetingStatus.PUBLISHED) {
			throw new BadRequestException("status", null, "The agenda is already published: publish a new version of the pack instead");
		}
		repository.setStatus(meetingId, MeetingStatus.PUBLISHED);
		audit.updated("meeting", String.valueOf(meetingId), "Agenda of " + meeting.title() + " published", meeting.status(), MeetingStatus.PUBLISHED);
		events.publishEvent(new PackVersion.Published(meetingId, "agenda"));
		return meeting(reader, meetingId);
	}

	@Transactional
	public Meeting publishMinutes(BoardReader reader, long meetingId) {
		Meeting meeting = managed(reader, meetingId);
		if (meeting.status() != MeetingStatus.PUBLISHED) {
			throw new BadRequestException("minutes", null, "Publish the agenda before the note of the meeting");
		}
		if (meeting.items().stream().allMatch(i -> i.decision() == null && i.minute() == null)) {
			throw new BadRequestException("minutes", null, "Record the note of at least one item before publishing it");
		}
		repository.setMinutesPublished(meetingId, true);
		audit.updated("meeting", String.valueOf(meetingId), "Note of " + meeting.title() + " published", false, true);
		events.publishEvent(new PackVersion.Published(meetingId, "note"));
		return meeting(reader, meetingId);
	}

	// Agenda items

	@Transactional
	public AgendaItem addItem(BoardReader reader, long meetingId, NewItem form) {
		Meeting meeting = managed(reader, meetingId);
		AgendaItem item = validItem(meetingId, form);
		long id = repository.insertItem(item);
		AgendaItem created = repository.item(id).orElseThrow();
		audit.created("agenda-item", String.valueOf(id), "Item " + created.number() + " added to " + meeting.title(), created);
		return created;
	}

	/** Changes an item and its report; its note, if any, is kept. */
	@Transactional
	public AgendaItem updateItem(BoardReader reader, long meetingId, long itemId, NewItem form) {
		Meeting meeting = managed(reader, meetingId);
		AgendaItem before = meeting.items().stream().filter(i -> i.id() == itemId).findFirst()
			.orElseThrow(() -> new NotFoundException("This meeting has no item " + itemId));
		AgendaItem changed = validItem(meetingId, form);
		repository.updateItem(itemId, changed);
		AgendaItem after = repository.item(itemId).orElseThrow();
		audit.updated("agenda-item", String.valueOf(itemId), "Item " + before.number() + " of " + meeting.title() + " changed", before, after);
		return after;
	}

	/** The item as a form would write it. */
	public AgendaItem item(BoardReader reader, long meetingId, long itemId) {
		return meeting(reader, meetingId).items().stream().filter(i -> i.id() == itemId).findFirst()
			.orElseThrow(() -> new NotFoundException("This meeting has no item " + itemId));
	}

	private AgendaItem validItem(long meetingId, NewItem form) {
		List<FieldError> errors = new ArrayList<>();
		String title = required("title", form.title(), 300, "Enter the title of the item", errors);
		Purpose purpose = Purpose.parse(form.purpose()).orElse(null);
		if (purpose == null) {
			errors.add(FieldError.field("purpose", form.purpose(), "Select whether the item is for decision, discussion or information"));
		}
		Integer paragraph = null;
		if (form.isExempt()) {
			if (blank(form.exemptParagraph()) || !form.exemptParagraph().trim().matches("[1-7]")) {
				errors.add(FieldError.field("exemptParagraph", form.exemptParagraph(),
						"Select the paragraph of Schedule 12A under which the item is exempt"));
			}
			else {
				paragraph = Integer.valueOf(form.exemptParagraph().trim());
			}
		}
		String email = optional(form.contactEmail());
		if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			errors.add(FieldError.field("contactEmail", email, "Enter an email address in the correct format, like name@example.org"));
		}
		limit("contactName", form.contactName(), 200, errors);
		limit("contactPosition", form.contactPosition(), 200, errors);
		limit("contactPhone", form.contactPhone(), 50, errors);
		if (!errors.isEmpty()) {
			throw new BadRequestException(errors);
		}
		return new AgendaItem(0, meetingId, 0, title, purpose, form.isExempt(), paragraph, optional(form.contactName()),
				optional(form.contactPosition()), optional(form.contactPhone()), email, optional(form.summary()), optional(form.recommendations()),
				optional(form.action()), optional(form.body()), null, null, true);
	}

	@Transactional
	public AgendaItem recordNote(BoardReader reader, long meetingId, long itemId, Note form) {
		Meeting meeting = managed(reader, meetingId);
		AgendaItem before = meeting.items().stream().filter(i -> i.id() == itemId).findFirst()
			.orElseThrow(() -> new NotFoundException("This meeting has no item " + itemId));
		List<FieldError> errors = new ArrayList<>();
		Decision decision = null;
		if (!blank(form.decision())) {
			decision = Decision.parse(form.decision()).orElse(null);
			if (decision == null) {
				errors.add(FieldError.field("decision", form.decision(), "Select agreed, noted or agreed with amendments"));
			}
		}
		if (blank(form.decision()) && blank(form.minute())) {
			errors.add(FieldError.field("minute", "", "Enter the minute of the item, or select the decision"));
		}
		if (!errors.isEmpty()) {
			throw new BadRequestException(errors);
		}
		repository.recordNote(itemId, decision, optional(form.minute()));
		AgendaItem after = repository.item(itemId).orElseThrow();
		audit.updated("agenda-item", String.valueOf(itemId), "Note of item " + before.number() + " of " + meeting.title() + " recorded",
				Map.of("decision", String.valueOf(before.decision()), "minute", String.valueOf(before.minute())),
				Map.of("decision", String.valueOf(after.decision()), "minute", String.valueOf(after.minute())));
		return after;
	}

	// Actions

	@Transactional
	public Action addAction(BoardReader reader, long meetingId, NewAction form) {
		Meeting meeting = managed(reader, meetingId);
		List<FieldError> errors = new ArrayList<>();
		Long itemId = null;
		if (!blank(form.item())) {
			itemId = meeting.items().stream().filter(i -> String.valueOf(i.number()).equals(form.item().trim())).map(AgendaItem::id).findFirst()
				.orElse(null);
			if (itemId == null) {
				errors.add(FieldError.field("item", form.item(), "The agenda has no item with this number"));
			}
		}
		String description = required("description", form.description(), 2000, "Enter what is to be done", errors);
		String owner = required("owner", form.owner(), 200, "Enter who is to do it", errors);
		LocalDate due = null;
		if (blank(form.dueDate())) {
			errors.add(FieldError.field("dueDate", "", "Enter the date it is due, as YYYY-MM-DD"));
		}
		else {
			try {
				due = LocalDate.parse(form.dueDate().trim());
			}
			catch (DateTimeParseException ex) {
				errors.add(FieldError.field("dueDate", form.dueDate(), "Not a date: write it as YYYY-MM-DD, for example 2026-03-31"));
			}
		}
		if (!errors.isEmpty()) {
			throw new BadRequestException(errors);
		}
		long id = repository.insertAction(meetingId, itemId, description, owner, due, AuditLog.currentActor());
		Action created = repository.action(id).orElseThrow();
		audit.created("board-action", String.valueOf(id), "Action from " + meeting.title() + " for " + owner, created);
		return created;
	}

	@Transactional
	public Action setActionStatus(BoardReader reader, long actionId, String status) {
		requireClerk(reader);
		Action before = repository.action(actionId).orElseThrow(() -> new NotFoundException("There is no action " + actionId));
		Board board = repository.board(before.boardId()).orElseThrow();
		requireManages(reader, board);
		ActionStatus to = ActionStatus.parse(status)
			.orElseThrow(() -> new BadRequestException("status", status, "Select open, done or cancelled"));
		repository.setActionStatus(actionId, to);
		audit.updated("board-action", String.valueOf(actionId), "Action from " + board.name() + " now " + to, before.status(), to);
		return repository.action(actionId).orElseThrow();
	}

	/**
	 * Actions across every board this reader may see (from published notes, or drafts for officers;
	 * exempt items' actions only for those who see them), filtered by {@code status}: {@code open},
	 * {@code overdue} (open and past due), {@code done}, {@code cancelled}, or all when blank.
	 */
	public List<Action> actions(BoardReader reader, String status, String boardSlug) {
		String s = blank(status) ? "" : status.trim().toLowerCase(Locale.ROOT);
		if (!s.isEmpty() && !List.of("open", "overdue", "done", "cancelled").contains(s)) {
			throw new BadRequestException("status", status, "Status must be open, overdue, done or cancelled");
		}
		Long boardId = blank(boardSlug) ? null : board(boardSlug.trim()).id();
		LocalDate today = today();
		Map<Long, Board> boards = new java.util.HashMap<>();
		repository.boards().forEach(b -> boards.put(b.id(), b));
		return repository.allActions().stream()
			.filter(a -> boardId == null || a.boardId() == boardId)
			.filter(a -> a.notePublished() || reader.seesDrafts())
			.filter(a -> !a.itemExempt() || reader.seesExempt(boards.get(a.boardId())))
			.filter(a -> switch (s) {
				case "open" -> a.status() == ActionStatus.OPEN;
				case "overdue" -> a.overdueOn(today);
				case "done" -> a.status() == ActionStatus.DONE;
				case "cancelled" -> a.status() == ActionStatus.CANCELLED;
				default -> true;
			})
			.toList();
	}

	/** Refuses at once anyone who runs no board at all, before looking up what they asked for. */
	public void requireClerk(BoardReader reader) {
		if (!reader.clerkOfAny()) {
			throw new ForbiddenException("Only a clerk of the board may change its meetings");
		}
	}

	Meeting managed(BoardReader reader, long meetingId) {
		requireClerk(reader);
		Meeting meeting = meeting(reader, meetingId);
		requireManages(reader, meeting.board());
		return meeting;
	}

	/** Refuses anyone who does not run the board: admins, and officers holding the board's clerk grant. */
	public void requireManages(BoardReader reader, Board board) {
		if (!reader.manages(board)) {
			throw new ForbiddenException("Only a clerk of " + board.name() + " may do this");
		}
	}

	static String required(String field, String value, int max, String message, List<FieldError> errors) {
		if (blank(value)) {
			errors.add(FieldError.field(field, "", message));
			return null;
		}
		limit(field, value, max, errors);
		return value.trim();
	}

	static void limit(String field, String value, int max, List<FieldError> errors) {
		if (value != null && value.trim().length() > max) {
			errors.add(FieldError.field(field, value, "This must be " + max + " characters or fewer"));
		}
	}

	static String optional(String value) {
		return blank(value) ? null : value.trim();
	}

	static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}
