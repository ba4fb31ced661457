package org.stocktake.boards;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stocktake.boards.Forms.NewPlanItem;
import org.stocktake.boards.internal.BoardRepository;
import org.stocktake.boards.internal.PlanRepository;
import org.stocktake.boards.internal.PlanRepository.Awaited;
import org.stocktake.platform.audit.AuditLog;
import org.stocktake.platform.mail.Mailer;
import org.stocktake.platform.web.BadRequestException;
import org.stocktake.platform.web.NotFoundException;
import org.stocktake.platform.web.Problems.FieldError;

/**
 * Each board's forward plan: standing items and reports scheduled into a cycle, put on a meeting's
 * agenda by its clerk, and the reminder to each report's owner before the papers deadline.
 */
@Service
public class ForwardPlans {

	/** Papers are due this many days before the meeting, so that the pack can go out a week ahead. */
	public static final int PAPERS_DAYS_BEFORE = 10;

	/** Owners are reminded from this many days before the papers deadline. */
	static final int REMIND_DAYS_BEFORE_DEADLINE = 7;

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

	private final Boards boards;
	private final PlanRepository plans;
	private final BoardRepository repository;
	private final AuditLog audit;
	private final Mailer mailer;
	private final String siteUrl;

	ForwardPlans(Boards boards, PlanRepository plans, BoardRepository repository, AuditLog audit, Mailer mailer,
			@Value("${stocktake.site-url:http://localhost:8080}") String siteUrl) {
		this.boards = boards;
		this.plans = plans;
		this.repository = repository;
		this.audit = audit;
		this.mailer = mailer;
		this.siteUrl = siteUrl.replaceAll("/+$", "");
	}

	public static LocalDate papersDeadline(LocalDate meetingDate) {
		return meetingDate.minusDays(PAPERS_DAYS_BEFORE);
	}

	/** The board's plan; owners' email addresses only for signed-in readers. */
	public List<PlanItem> plan(BoardReader reader, Board board) {
		return plans.plan(board.id()).stream().map(p -> reader.seesContactDetails() ? p : p.withoutEmail()).toList();
	}

	@Transactional
	public PlanItem add(BoardReader reader, Board board, NewPlanItem form) {
		boards.requireManages(reader, board);
		List<FieldError> errors = new ArrayList<>();
		String title = Boards.required("title", form.title(), 300, "Enter the title of the item", errors);
		Purpose purpose = Purpose.parse(form.purpose()).orElse(null);
		if (purpose == null) {
			errors.add(FieldError.field("purpose", form.purpose(), "Select whether the item is for decision, discussion or information"));
		}
		boolean standing = "true".equalsIgnoreCase(form.standing()) || "on".equalsIgnoreCase(form.standing());
		String cycle = Boards.blank(form.cycle()) ? null : form.cycle().trim().toUpperCase(Locale.ROOT);
		if (cycle != null && !cycle.matches("[0-9]{4}/[0-9]{2} Q[1-4]")) {
			errors.add(FieldError.field("cycle", form.cycle(), "Enter the quarterly cycle as a financial quarter, like 2025/26 Q3"));
		}
		else if (cycle == null && !standing) {
			errors.add(FieldError.field("cycle", "", "Enter the cycle the report is due in, or select that it comes to every meeting"));
		}
		String owner = Boards.required("reportOwner", form.reportOwner(), 200, "Enter who writes the report", errors);
		String email = Boards.optional(form.ownerEmail());
		if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			errors.add(FieldError.field("ownerEmail", email, "Enter an email address in the correct format, like name@example.org"));
		}
		Boards.limit("notes", form.notes(), 2000, errors);
		if (!errors.isEmpty()) {
			throw new BadRequestException(errors);
		}
		PlanItem item = new PlanItem(0, board.id(), title, purpose, standing, standing ? null : cycle, owner, email, Boards.optional(form.notes()),
				null);
		long id = plans.insert(item, AuditLog.currentActor());
		PlanItem created = plans.item(id).orElseThrow();
		audit.created("forward-plan-item", String.valueOf(id), "Forward plan of " + board.name() + ": " + title, created);
		return created;
	}

	@Transactional
	public void remove(BoardReader reader, Board board, long planItemId) {
		boards.requireManages(reader, board);
		PlanItem item = plans.item(planItemId).filter(p -> p.boardId() == board.id())
			.orElseThrow(() -> new NotFoundException("The forward plan has no item " + planItemId));
		plans.delete(planItemId);
		audit.deleted("forward-plan-item", String.valueOf(planItemId), "Removed from the forward plan of " + board.name(), item);
	}

	/** The plan's entries due at this meeting and not yet on its agenda: standing items, and those scheduled into its cycle. */
	public List<PlanItem> dueAt(Meeting meeting) {
		return plans.plan(meeting.board().id()).stream()
			.filter(p -> p.standing() ? !plans.used(p.id(), meeting.id()) : p.usedAt() == null && p.cycle().equals(meeting.cycle()))
			.toList();
	}

	/** Puts every entry due at the meeting on its agenda, the report owner as contact officer; answers how many. */
	@Transactional
	public int putOnAgenda(BoardReader reader, long meetingId) {
		Meeting meeting = boards.managed(reader, meetingId);
		int added = 0;
		for (PlanItem p : dueAt(meeting)) {
			long itemId = repository.insertItem(new AgendaItem(0, meetingId, 0, p.title(), p.purpose(), false, null, p.reportOwner(), null, null,
					p.ownerEmail(), null, null, null, null, null, null, true));
			plans.recordUse(p.id(), meetingId, itemId);
			audit.created("agenda-item", String.valueOf(itemId), "Item from the forward plan added to " + meeting.title(), p);
			added++;
		}
		return added;
	}

	/** Reminds the owners of reports awaited for meetings whose papers deadline is within a week; answers how many were sent. */
	@Scheduled(cron = "${stocktake.boards.reminders-cron:0 0 8 * * *}", zone = "Europe/London")
	@Transactional
	public int remindOwners() {
		LocalDate today = boards.today();
		return remind(plans.awaited(today.plusDays(PAPERS_DAYS_BEFORE), today.plusDays(PAPERS_DAYS_BEFORE + REMIND_DAYS_BEFORE_DEADLINE), null));
	}

	/** A clerk's "remind now" for one meeting, whatever the date. */
	@Transactional
	public int remindOwners(BoardReader reader, long meetingId) {
		Meeting meeting = boards.managed(reader, meetingId);
		return remind(plans.awaited(meeting.date(), meeting.date(), meetingId));
	}

	private int remind(List<Awaited> awaited) {
		int sent = 0;
		for (Awaited a : awaited) {
			String body = """
					Dear %s,

					The %s meets on %s. Your report "%s" is on its agenda from the forward plan, and the papers deadline is %s.

					Please send the report to the clerk of the board by then. The meeting: %s/meetings/%d

					Stocktake
					""".formatted(a.reportOwner(), a.boardName(), DATE.format(a.meetingDate()), a.title(), DATE.format(papersDeadline(a.meetingDate())),
					siteUrl, a.meetingId());
			if (mailer.send(a.ownerEmail(), "Report due for the " + a.boardName() + ": " + a.title(), body)) {
				plans.reminded(a.planItemId(), a.meetingId());
				audit.updated("forward-plan-item", String.valueOf(a.planItemId()), "Report owner reminded before the papers deadline of the "
						+ a.boardName() + " on " + a.meetingDate(), null, a.ownerEmail());
				sent++;
			}
		}
		return sent;
	}
}
