package org.stocktake.leadership;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stocktake.leadership.internal.ImpactRepository;
import org.stocktake.people.Directory;
import org.stocktake.people.Person;
import org.stocktake.platform.audit.AuditLog;
import org.stocktake.platform.mail.Mailer;
import org.stocktake.platform.web.BadRequestException;
import org.stocktake.platform.web.NotFoundException;

/**
 * The longer-term impact survey (seed 004, paragraph 7): a random cross-section of councillors is
 * invited four to six months after completing a programme, and people working with them may be
 * invited for a 360° view. The draw is reproducible: candidates in booking order, shuffled with
 * {@code java.util.Random(seed)}, the first {@code size} taken.
 */
@Service
public class ImpactSurveys {

	private final ImpactRepository repository;
	private final Directory directory;
	private final Mailer mailer;
	private final AuditLog audit;
	private final Clock clock;

	ImpactSurveys(ImpactRepository repository, Directory directory, Mailer mailer, AuditLog audit, Clock clock) {
		this.repository = repository;
		this.directory = directory;
		this.mailer = mailer;
		this.audit = audit;
		this.clock = clock;
	}

	/** Who completed between six and four months before {@code on} (both ends included). */
	public List<ImpactRepository.Completed> eligible(String programme, LocalDate on) {
		LocalDate from = on.minusMonths(6);
		LocalDate to = on.minusMonths(4);
		return repository.completions(programme).stream()
			.filter(c -> !c.completedOn().isBefore(from) && !c.completedOn().isAfter(to))
			.toList();
	}

	/** The cross-section itself, without recording anything: the same arguments always give the same bookings. */
	public List<ImpactRepository.Completed> sample(String programme, LocalDate on, int size, long seed) {
		List<ImpactRepository.Completed> candidates = new ArrayList<>(eligible(programme, on));
		Collections.shuffle(candidates, new Random(seed));
		return candidates.subList(0, Math.min(size, candidates.size()));
	}

	/** Draws today's cross-section, records it with its size and seed, and invites each person drawn by mail. */
	@Transactional
	public ImpactDraw draw(String programme, Integer size, Long seed) {
		if (size == null || size < 1) {
			throw new BadRequestException("size", size == null ? "" : size.toString(), "Give how many people to draw, at least 1");
		}
		String code = programme == null || programme.isBlank() ? null : programme.trim().toUpperCase(java.util.Locale.ROOT);
		long s = seed != null ? seed : new java.security.SecureRandom().nextLong();
		LocalDate today = LocalDate.now(clock);
		List<ImpactRepository.Completed> candidates = eligible(code, today);
		List<ImpactRepository.Completed> drawn = sample(code, today, size, s);
		long id = repository.insertDraw(today, today.minusMonths(6), today.minusMonths(4), code, size, s, candidates.size(), AuditLog.currentActor());
		for (ImpactRepository.Completed c : drawn) {
			Person person = directory.find(c.personId()).orElse(null);
			String email = person == null ? null : person.email();
			boolean sent = mailer.send(email, "How has " + c.eventTitle() + " made a difference?", "You completed " + c.eventTitle()
					+ " a few months ago. The association would like to know what difference it has made to you and your council. "
					+ "A short survey will follow; you can also suggest colleagues who work with you to give their view.");
			repository.insertInvitation(id, c.bookingId(), c.personId(), "PARTICIPANT", email, sent);
		}
		audit.created("leadership_impact_draw", Long.toString(id), "Impact survey drawn: " + drawn.size() + " of " + candidates.size(),
				java.util.Map.of("size", size, "seed", s, "drawnOn", today.toString(), "programme", String.valueOf(code)));
		return draw(id).orElseThrow();
	}

	/** Invites people working with a delegate who was drawn (members or officers from the directory) for a 360° view. */
	@Transactional
	public ImpactDraw inviteColleagues(long drawId, long bookingId, List<Long> colleagueIds) {
		ImpactDraw draw = draw(drawId).orElseThrow(() -> new NotFoundException("There is no such draw"));
		if (!draw.participantBookings().contains(bookingId)) {
			throw new BadRequestException("booking", Long.toString(bookingId), "This booking was not drawn in this survey");
		}
		ImpactDraw.Invited drawnOne = draw.invited().stream().filter(i -> i.bookingId() == bookingId).findFirst().orElseThrow();
		for (Long colleagueId : colleagueIds) {
			Person colleague = directory.find(colleagueId)
				.orElseThrow(() -> new BadRequestException("colleagues", colleagueId.toString(), "There is no such person in the directory"));
			boolean sent = mailer.send(colleague.email(), "Your view of a colleague's leadership programme",
					"A colleague of yours completed " + drawnOne.event() + ". The association would like your view of the difference it has made.");
			repository.insertInvitation(drawId, bookingId, colleague.id(), "COLLEAGUE", colleague.email(), sent);
		}
		audit.updated("leadership_impact_draw", Long.toString(drawId), "Colleagues invited for a 360° view", null,
				java.util.Map.of("booking", bookingId, "colleagues", colleagueIds));
		return draw(drawId).orElseThrow();
	}

	public java.util.Optional<ImpactDraw> draw(long id) {
		return repository.draw(id).map(d -> new ImpactDraw(d.id(), d.drawnOn(), d.windowFrom(), d.windowTo(), d.programme(), d.size(), d.seed(),
				d.candidates(), repository.invitations(id).stream()
					.map(i -> new ImpactDraw.Invited(i.bookingId(), i.personId(), i.kind(), i.programme(), i.eventTitle(), i.sent()))
					.toList()));
	}

	public List<ImpactDraw> draws() {
		return repository.draws().stream().map(d -> draw(d.id()).orElseThrow()).toList();
	}
}
