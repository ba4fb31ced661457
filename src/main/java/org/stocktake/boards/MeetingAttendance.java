package org.stocktake.boards;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stocktake.boards.Attendance.Declaration;
import org.stocktake.boards.Attendance.Entry;
import org.stocktake.boards.Forms.NewDeclaration;
import org.stocktake.boards.internal.AttendanceRepository;
import org.stocktake.platform.audit.AuditLog;
import org.stocktake.platform.web.BadRequestException;
import org.stocktake.platform.web.NotFoundException;
import org.stocktake.platform.web.Problems.FieldError;

/**
 * Attendance at a meeting and the interests declared in its items. Both are part of the note of the
 * meeting: the public reads them once it is published, and a declaration on an exempt item only
 * those who may read the item.
 */
@Service
public class MeetingAttendance {

	private final Boards boards;
	private final AttendanceRepository repository;
	private final AuditLog audit;

	MeetingAttendance(Boards boards, AttendanceRepository repository, AuditLog audit) {
		this.boards = boards;
		this.repository = repository;
		this.audit = audit;
	}

	private static boolean noteVisible(BoardReader reader, Meeting meeting) {
		return meeting.minutesPublished() || reader.seesDrafts();
	}

	/** The board's members in the meeting's year with their attendance; empty while the note is not for this reader. */
	public List<Entry> attendance(BoardReader reader, Meeting meeting) {
		if (!noteVisible(reader, meeting)) {
			return List.of();
		}
		return entries(meeting);
	}

	private List<Entry> entries(Meeting meeting) {
		String year = Boards.yearOf(meeting.date());
		Map<Long, AttendanceRepository.Row> rows = repository.attendance(meeting.id());
		return boards.members(meeting.board()).stream().filter(m -> m.year().equals(year)).map(m -> {
			AttendanceRepository.Row row = rows.get(m.id());
			return new Entry(m, row == null ? null : row.attendance(), row == null ? null : row.substitute());
		}).toList();
	}

	/** Records attendance from {@code attendance-<memberId>} and {@code substitute-<memberId>} fields; a blank attendance clears it. */
	@Transactional
	public void record(BoardReader reader, long meetingId, Map<String, String> form) {
		Meeting meeting = boards.managed(reader, meetingId);
		List<Entry> before = entries(meeting);
		List<FieldError> errors = new ArrayList<>();
		Map<Long, Attendance> attendance = new LinkedHashMap<>();
		Map<Long, String> substitutes = new LinkedHashMap<>();
		for (Entry e : before) {
			long id = e.member().id();
			String value = form.get("attendance-" + id);
			Attendance a = Attendance.parse(value).orElse(null);
			if (a == null && !Boards.blank(value)) {
				errors.add(FieldError.field("attendance-" + id, value, "Select present, apologies or absent for " + e.member().name()));
			}
			String substitute = Boards.optional(form.get("substitute-" + id));
			Boards.limit("substitute-" + id, substitute, 200, errors);
			if (substitute != null && a != Attendance.APOLOGIES) {
				errors.add(FieldError.field("substitute-" + id, substitute, "Only a member who sent apologies has a substitute: " + e.member().name()));
			}
			attendance.put(id, a);
			substitutes.put(id, substitute);
		}
		if (!errors.isEmpty()) {
			throw new BadRequestException(errors);
		}
		attendance.forEach((id, a) -> repository.record(meetingId, id, a, substitutes.get(id)));
		audit.updated("meeting-attendance", String.valueOf(meetingId), "Attendance at " + meeting.title() + " recorded", summary(before),
				summary(entries(meeting)));
	}

	private static Map<String, String> summary(List<Entry> entries) {
		return entries.stream().collect(Collectors.toMap(e -> e.member().name() + " (" + e.member().id() + ")",
				e -> (e.attendance() == null ? "-" : e.attendance().name()) + (e.substitute() == null ? "" : ", substitute " + e.substitute()),
				(a, b) -> a, LinkedHashMap::new));
	}

	/** Declarations in items this reader may see, once the note is for them. */
	public List<Declaration> declarations(BoardReader reader, Meeting meeting) {
		if (!noteVisible(reader, meeting)) {
			return List.of();
		}
		Set<Long> visible = meeting.items().stream().filter(AgendaItem::visible).map(AgendaItem::id).collect(Collectors.toSet());
		return repository.declarations(meeting.id()).stream().filter(d -> visible.contains(d.itemId())).toList();
	}

	@Transactional
	public Declaration declare(BoardReader reader, long meetingId, NewDeclaration form) {
		Meeting meeting = boards.managed(reader, meetingId);
		List<FieldError> errors = new ArrayList<>();
		AgendaItem item = null;
		if (Boards.blank(form.declarationItem())) {
			errors.add(FieldError.field("declarationItem", "", "Select the item the interest is in"));
		}
		else {
			item = meeting.items().stream().filter(i -> String.valueOf(i.number()).equals(form.declarationItem().trim())).findFirst().orElse(null);
			if (item == null) {
				errors.add(FieldError.field("declarationItem", form.declarationItem(), "The agenda has no item with this number"));
			}
		}
		String member = Boards.required("member", form.member(), 200, "Enter the name of the member who declared the interest", errors);
		String interest = Boards.required("interest", form.interest(), 2000, "Enter the interest declared", errors);
		if (!errors.isEmpty()) {
			throw new BadRequestException(errors);
		}
		long id = repository.declare(meetingId, item.id(), member, interest, AuditLog.currentActor());
		Declaration created = new Declaration(id, item.id(), item.number(), member, interest);
		audit.created("interest-declaration", String.valueOf(id), member + " declared an interest in item " + item.number() + " of "
				+ meeting.title(), created);
		return created;
	}

	@Transactional
	public void removeDeclaration(BoardReader reader, long meetingId, long declarationId) {
		Meeting meeting = boards.managed(reader, meetingId);
		Declaration before = repository.declarations(meetingId).stream().filter(d -> d.id() == declarationId).findFirst()
			.orElseThrow(() -> new NotFoundException("This meeting has no declaration " + declarationId));
		repository.deleteDeclaration(meetingId, declarationId);
		audit.deleted("interest-declaration", String.valueOf(declarationId), "Declaration withdrawn from " + meeting.title(), before);
	}
}
