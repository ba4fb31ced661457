package org.stocktake.improvement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

/**
 * Support engagements with authorities beyond peer challenge, and the count of distinct authorities
 * supported by type of support that the performance report and each authority's page read.
 */
@Service
public class SupportEngagements {

	private final SupportRepository repository;
	private final Fields fields;
	private final PeerChallenges challenges;
	private final AuditLog audit;

	SupportEngagements(SupportRepository repository, Fields fields, PeerChallenges challenges, AuditLog audit) {
		this.repository = repository;
		this.fields = fields;
		this.challenges = challenges;
		this.audit = audit;
	}

	@Transactional
	public SupportEngagement record(NewSupportEngagement form) {
		List<FieldError> errors = new ArrayList<>();
		Area area = fields.area(form.area(), errors);
		SupportType type = SupportType.parse(form.type()).orElse(null);
		if (type == null) {
			errors.add(FieldError.field("type", form.type() == null ? "" : form.type(), "Choose the type of support"));
		}
		LocalDate start = fields.date("startDate", form.startDate(), null, errors);
		LocalDate end = Fields.blank(form.endDate()) ? null : fields.date("endDate", form.endDate(), null, errors);
		if (start != null && end != null && end.isBefore(start)) {
			errors.add(FieldError.field("endDate", form.endDate(), "The end must be on or after the start"));
		}
		if (form.adviser() != null && form.adviser().trim().length() > 200) {
			errors.add(FieldError.field("adviser", form.adviser().substring(0, 40) + "…", "Write 200 characters or fewer"));
		}
		fields.text("outcome", form.outcome(), errors);
		BigDecimal savings = money("savingsGbp", form.savingsGbp(), errors);
		Long challenge = null;
		if (!Fields.blank(form.challenge())) {
			try {
				challenge = Long.parseLong(form.challenge().trim());
				PeerChallenge c = challenges.get(challenge);
				if (area != null && !c.areaGssCode().equals(area.gssCode())) {
					errors.add(FieldError.field("challenge", form.challenge(), "Challenge " + challenge + " was of " + c.areaName() + ", not " + area.name()));
				}
			}
			catch (NumberFormatException | NotFoundException ex) {
				errors.add(FieldError.field("challenge", form.challenge(), "There is no peer challenge " + form.challenge().trim()));
			}
		}
		if (!errors.isEmpty()) {
			throw new BadRequestException(errors);
		}
		long id = repository.insertEngagement(area.code(), type, Fields.trimmed(form.adviser()), start, end, Fields.trimmed(form.outcome()), savings,
				challenge, AuditLog.currentActor());
		SupportEngagement saved = repository.engagement(id).orElseThrow();
		audit.created("support-engagement", String.valueOf(id), type + " for " + area.name() + " from " + start, saved);
		return saved;
	}

	/** Engagements of a type, an authority and active in a calendar year, each optional, newest first. */
	public Paged<SupportEngagement> list(SupportType type, Area area, Integer year, PageRequest page) {
		LocalDate from = year == null ? null : LocalDate.of(year, 1, 1);
		LocalDate to = year == null ? null : LocalDate.of(year, 12, 31);
		String code = area == null ? null : area.code();
		return new Paged<>(repository.engagements(type, code, from, to, page.offset(), page.size()), page.page(), page.size(),
				repository.countEngagements(type, code, from, to));
	}

	public List<SupportEngagement> ofArea(Area area) {
		return repository.engagements(null, area.code(), null, null, 0, 1000);
	}

	/**
	 * Distinct authorities supported between {@code from} and {@code to} (engagements active at some time
	 * in it), by type in the enumeration's order, with every type present; {@code null} means all types.
	 */
	public Map<SupportType, Integer> authoritiesByType(LocalDate from, LocalDate to) {
		Map<String, Integer> counts = repository.authoritiesByType(from, to);
		Map<SupportType, Integer> out = new LinkedHashMap<>();
		for (SupportType t : SupportType.values()) {
			out.put(t, counts.getOrDefault(t.name(), 0));
		}
		out.put(null, counts.getOrDefault("ALL", 0));
		return out;
	}

	public BigDecimal savings(LocalDate from, LocalDate to) {
		return repository.savings(from, to);
	}

	static BigDecimal money(String field, String text, List<FieldError> errors) {
		if (Fields.blank(text)) {
			return null;
		}
		try {
			BigDecimal value = new BigDecimal(text.trim().replace("£", "").replace(",", ""));
			if (value.signum() < 0 || value.scale() > 2 || value.precision() - value.scale() > 12) {
				errors.add(FieldError.field(field, text, "Enter a positive amount in pounds, for example 250000 or 1250.50"));
				return null;
			}
			return value;
		}
		catch (NumberFormatException ex) {
			errors.add(FieldError.field(field, text, "Enter an amount in pounds, for example 250000 or 1250.50"));
			return null;
		}
	}
}
