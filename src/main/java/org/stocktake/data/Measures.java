package org.stocktake.data;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stocktake.data.internal.MeasureRepository;
import org.stocktake.platform.audit.AuditLog;
import org.stocktake.platform.web.NotFoundException;
import org.stocktake.platform.web.PageRequest;
import org.stocktake.platform.web.Paged;
import org.stocktake.platform.web.Problems.FieldError;
import org.stocktake.platform.web.UnprocessableException;

/**
 * The measure catalogue. Restricted measures exist only for signed-in users: to anyone else they
 * are "not found", so that their names do not leak either.
 */
@Service
public class Measures {

	private final MeasureRepository measures;
	private final AuditLog audit;

	Measures(MeasureRepository measures, AuditLog audit) {
		this.measures = measures;
		this.audit = audit;
	}

	public Optional<Measure> find(String id, boolean signedIn) {
		return measures.find(id).filter(m -> signedIn || !m.restricted());
	}

	public Measure get(String id, boolean signedIn) {
		return find(id, signedIn).orElseThrow(() -> new NotFoundException("There is no measure with the id " + id));
	}

	public Paged<Measure> search(String q, String theme, boolean signedIn, PageRequest page) {
		return measures.search(q, theme, signedIn, page);
	}

	public List<String> themes(boolean signedIn) {
		return measures.themes(signedIn);
	}

	public List<Measure> all(boolean signedIn) {
		return measures.all().stream().filter(m -> signedIn || !m.restricted()).toList();
	}

	/** What saving did: the measure as stored, and whether it was new. */
	public record Saved(Measure measure, boolean created) {
	}

	/** Creates or replaces a measure from its input; 422 listing every problem. */
	@Transactional
	public Saved save(MeasureInput input) {
		Measure measure = input.toMeasure();
		if (measure.weightMeasure() != null && measures.find(measure.weightMeasure()).isEmpty()) {
			throw new UnprocessableException("The measure has 1 problem",
					List.of(FieldError.field("weightMeasure", measure.weightMeasure(), "There is no measure " + measure.weightMeasure())));
		}
		Optional<Measure> before = measures.find(measure.id());
		boolean created = measures.save(measure);
		if (created) {
			audit.created("measure", measure.id(), "Created the measure " + measure.title(), measure);
		}
		else if (!before.get().equals(measure)) {
			audit.updated("measure", measure.id(), "Updated the measure " + measure.title(), before.get(), measure);
		}
		return new Saved(measures.find(measure.id()).orElseThrow(), created);
	}
}
