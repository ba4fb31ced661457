package org.stocktake.leadership;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stocktake.leadership.internal.EvaluationRepository;
import org.stocktake.leadership.internal.LeadershipRepository;
import org.stocktake.platform.audit.AuditLog;
import org.stocktake.platform.web.BadRequestException;
import org.stocktake.platform.web.NotFoundException;

/**
 * End-of-event evaluations: one response per delegate per module, and the tables of averages. The
 * responses are kept here until the consultation engine's questionnaires are wired in (see the
 * module's notes); the averages and the 90% check are computed the same way either way.
 */
@Service
public class Evaluations {

	private final EvaluationRepository evaluations;
	private final LeadershipRepository repository;
	private final AuditLog audit;

	Evaluations(EvaluationRepository evaluations, LeadershipRepository repository, AuditLog audit) {
		this.evaluations = evaluations;
		this.repository = repository;
		this.audit = audit;
	}

	@Transactional
	public long submit(long eventId, int moduleNumber, Long bookingId, Integer satisfaction, Boolean madeDifference, String comments) {
		LeadershipEvent event = repository.event(eventId).orElseThrow(() -> new NotFoundException("There is no such event"));
		EventModule module = event.modules().stream().filter(m -> m.number() == moduleNumber).findFirst()
			.orElseThrow(() -> new BadRequestException("module", Integer.toString(moduleNumber), "The event has no module " + moduleNumber));
		if (satisfaction == null || satisfaction < 1 || satisfaction > 4) {
			throw new BadRequestException("satisfaction", satisfaction == null ? "" : satisfaction.toString(),
					"Give overall satisfaction from 1 (poor) to 4 (excellent)");
		}
		if (bookingId != null) {
			Booking booking = repository.booking(bookingId).filter(b -> b.eventId() == eventId)
				.orElseThrow(() -> new BadRequestException("booking", bookingId.toString(), "The booking is not on this event"));
			if (evaluations.answered(module.id(), booking.id())) {
				throw new BadRequestException("booking", bookingId.toString(), "This delegate has already evaluated this module");
			}
		}
		long id = evaluations.insert(module.id(), bookingId, satisfaction, madeDifference, comments == null || comments.isBlank() ? null : comments.trim());
		audit.created("leadership_evaluation", Long.toString(id), "Evaluation of " + event.title() + " module " + moduleNumber,
				java.util.Map.of("satisfaction", satisfaction, "madeDifference", String.valueOf(madeDifference)));
		return id;
	}

	public EvaluationSummary summary(String programme) {
		String code = programme == null || programme.isBlank() ? null : programme.trim().toUpperCase(java.util.Locale.ROOT);
		if (code != null && repository.programmes().stream().noneMatch(p -> p.code().equals(code))) {
			throw new BadRequestException("programme", programme, "There is no programme with this code");
		}
		List<EvaluationRepository.ModuleScores> rows = evaluations.scores(code);
		long sum = 0;
		int responses = 0;
		int yes = 0;
		int no = 0;
		for (EvaluationRepository.ModuleScores r : rows) {
			sum += r.points();
			responses += r.responses();
			yes += r.madeDifferenceYes();
			no += r.madeDifferenceNo();
		}
		BigDecimal average = responses == 0 ? null : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(responses), 2, RoundingMode.HALF_UP);
		BigDecimal percent = yes + no == 0 ? null : BigDecimal.valueOf(yes * 100L).divide(BigDecimal.valueOf(yes + no), 1, RoundingMode.HALF_UP);
		return new EvaluationSummary(code, rows.stream()
			.map(r -> new EvaluationSummary.ModuleScore(r.eventId(), r.programme(), r.eventTitle(), r.moduleId(), r.number(), r.responses(),
					r.average(), r.reported(), r.reportedSource()))
			.toList(), average, responses, yes, no, percent, EvaluationSummary.TARGET_PERCENT);
	}
}
