package org.stocktake.improvement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stocktake.improvement.internal.SupportRepository;
import org.stocktake.platform.audit.AuditLog;
import org.stocktake.platform.web.BadRequestException;
import org.stocktake.platform.web.NotFoundException;
import org.stocktake.platform.web.PageRequest;
import org.stocktake.platform.web.Paged;
import org.stocktake.platform.web.Problems.FieldError;
import org.stocktake.register.Area;

/** Application rounds for funded programmes: bids received, their assessment and the awards. */
@Service
public class ApplicationRounds {

	private final SupportRepository repository;
	private final Fields fields;
	private final AuditLog audit;

	ApplicationRounds(SupportRepository repository, Fields fields, AuditLog audit) {
		this.repository = repository;
		this.fields = fields;
		this.audit = audit;
	}

	public Paged<ApplicationRound> list(PageRequest page) {
		return new Paged<>(repository.rounds(page.offset(), page.size()), page.page(), page.size(), repository.countRounds());
	}

	public ApplicationRound get(long id) {
		return repository.round(id).orElseThrow(() -> new NotFoundException("There is no application round " + id));
	}

	public List<ApplicationRound.Bid> bids(long roundId) {
		get(roundId);
		return repository.bids(roundId);
	}

	@Transactional
	public ApplicationRound open(ApplicationRound.NewRound form) {
		List<FieldError> errors = new ArrayList<>();
		required("programme", form.programme(), errors);
		required("name", form.name(), errors);
		LocalDate opened = optionalDate("openedOn", form.openedOn(), errors);
		LocalDate closed = optionalDate("closedOn", form.closedOn(), errors);
		LocalDate awarded = optionalDate("awardedOn", form.awardedOn(), errors);
		if (opened != null && closed != null && closed.isBefore(opened)) {
			errors.add(FieldError.field("closedOn", form.closedOn(), "The round must close on or after it opens"));
		}
		ApplicationRound.Figures reported = new ApplicationRound.Figures(count("bidsReceived", form.bidsReceived(), errors),
				count("authoritiesInBids", form.authoritiesInBids(), errors), count("awards", form.awards(), errors),
				count("authoritiesInAwards", form.authoritiesInAwards(), errors));
		if (reported.bids() != null && reported.awards() != null && reported.awards() > reported.bids()) {
			errors.add(FieldError.field("awards", form.awards(), "There cannot be more awards than bids"));
		}
		fields.text("source", form.source(), errors);
		if (!errors.isEmpty()) {
			throw new BadRequestException(errors);
		}
		long id = repository.insertRound(form.programme().trim(), form.name().trim(), opened, closed, awarded, reported, Fields.trimmed(form.source()),
				null, AuditLog.currentActor());
		ApplicationRound round = get(id);
		audit.created("application-round", String.valueOf(id), round.programme() + ": " + round.name(), round);
		return round;
	}

	@Transactional
	public ApplicationRound.Bid bid(long roundId, ApplicationRound.NewBid form) {
		get(roundId);
		List<FieldError> errors = new ArrayList<>();
		Area lead = fields.area(form.lead(), errors);
		List<String> partners = new ArrayList<>();
		if (form.partners() != null) {
			for (String gss : form.partners()) {
				List<FieldError> partnerErrors = new ArrayList<>();
				Area a = fields.area(gss, partnerErrors);
				partnerErrors.forEach(e -> errors.add(FieldError.field("partners", gss, e.message())));
				if (a != null && (lead == null || !a.code().equals(lead.code()))) {
					partners.add(a.code());
				}
			}
		}
		required("title", form.title(), errors);
		if (!errors.isEmpty()) {
			throw new BadRequestException(errors);
		}
		long id = repository.insertBid(roundId, lead.code(), partners, form.title().trim(), AuditLog.currentActor());
		ApplicationRound.Bid bid = repository.bids(roundId).stream().filter(b -> b.id() == id).findFirst().orElseThrow();
		audit.created("application-bid", String.valueOf(id), "Bid from " + lead.name() + " to round " + roundId, bid);
		return bid;
	}

	@Transactional
	public ApplicationRound.Bid decide(long roundId, long bidId, ApplicationRound.Decision decision) {
		ApplicationRound.Bid before = bids(roundId).stream().filter(b -> b.id() == bidId).findFirst()
			.orElseThrow(() -> new NotFoundException("Round " + roundId + " has no bid " + bidId));
		List<FieldError> errors = new ArrayList<>();
		ApplicationRound.Status status = ApplicationRound.Status.parse(decision.status()).orElse(null);
		if (status == null) {
			errors.add(FieldError.field("status", decision.status(), "Choose RECEIVED, ASSESSED, AWARDED or NOT_AWARDED"));
		}
		fields.text("assessment", decision.assessment(), errors);
		BigDecimal amount = SupportEngagements.money("amountGbp", decision.amountGbp(), errors);
		if (amount != null && status != ApplicationRound.Status.AWARDED) {
			errors.add(FieldError.field("amountGbp", decision.amountGbp(), "Only an awarded bid has an amount"));
		}
		if (!errors.isEmpty()) {
			throw new BadRequestException(errors);
		}
		repository.decideBid(bidId, status, Fields.trimmed(decision.assessment()), amount);
		ApplicationRound.Bid after = bids(roundId).stream().filter(b -> b.id() == bidId).findFirst().orElseThrow();
		audit.updated("application-bid", String.valueOf(bidId), "Bid " + bidId + " " + status, before, after);
		return after;
	}

	private LocalDate optionalDate(String field, String text, List<FieldError> errors) {
		return Fields.blank(text) ? null : fields.date(field, text, null, errors);
	}

	private static void required(String field, String text, List<FieldError> errors) {
		if (Fields.blank(text)) {
			errors.add(FieldError.field(field, "", "Enter the " + field));
		}
		else if (text.trim().length() > 200) {
			errors.add(FieldError.field(field, text.substring(0, 40) + "…", "Write 200 characters or fewer"));
		}
	}

	private static Integer count(String field, String text, List<FieldError> errors) {
		if (Fields.blank(text)) {
			return null;
		}
		try {
			int n = Integer.parseInt(text.trim().replace(",", ""));
			if (n < 0) {
				throw new NumberFormatException();
			}
			return n;
		}
		catch (NumberFormatException ex) {
			errors.add(FieldError.field(field, text, "Enter a whole number, 0 or more"));
			return null;
		}
	}
}
