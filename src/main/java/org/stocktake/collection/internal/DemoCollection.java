package org.stocktake.collection.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.stocktake.collection.CollectionInput;
import org.stocktake.collection.CollectionInput.RuleInput;
import org.stocktake.collection.Collections;
import org.stocktake.data.Benchmarks;
import org.stocktake.data.Measure;
import org.stocktake.data.Measures;
import org.stocktake.data.Period;
import org.stocktake.platform.demo.DemoDataset;
import org.stocktake.register.AreaType;
import org.stocktake.register.Region;
import org.stocktake.register.Register;

/**
 * One demonstration collection, with no figures in it: the year after the latest published
 * recycling and revenue outturn figures, asked of the North West's metropolitan districts (Stockport
 * among them, so the demonstration council user has a return to fill in). Its outlier rules run on
 * the real published history. Opens on the day of the first start, closes four weeks later.
 */
@Component
@Order(60)
class DemoCollection implements DemoDataset {

	static final String TITLE = "Waste and finance returns (demonstration)";
	static final List<String> MEASURES = List.of("household-recycling-rate", "rs-total-service-expenditure", "rs-adult-social-care",
			"rs-childrens-social-care");

	private final Collections collections;
	private final Measures measures;
	private final Benchmarks benchmarks;
	private final Register register;
	private final CollectionRepository repository;
	private final Clock clock;

	DemoCollection(Collections collections, Measures measures, Benchmarks benchmarks, Register register, CollectionRepository repository,
			Clock clock) {
		this.collections = collections;
		this.measures = measures;
		this.benchmarks = benchmarks;
		this.register = register;
		this.repository = repository;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "collection";
	}

	@Override
	public void loadIfMissing() {
		if (repository.all().stream().anyMatch(c -> c.title().equals(TITLE))) {
			return;
		}
		Measure recycling = measures.find(MEASURES.get(0), true).orElse(null);
		if (recycling == null || MEASURES.stream().anyMatch(id -> measures.find(id, true).isEmpty()) || benchmarks.periods(recycling).isEmpty()) {
			return;
		}
		Period latest = Period.of(benchmarks.periods(recycling).get(0), recycling.periodicity());
		Period next = new Period(latest.periodicity(), latest.year() + 1, latest.part());
		List<String> authorities = register.all().stream()
			.filter(a -> a.current() && a.type() == AreaType.METROPOLITAN_DISTRICT && a.region() == Region.NORTH_WEST)
			.map(a -> a.gssCode())
			.sorted()
			.toList();
		LocalDate today = LocalDate.now(clock);
		collections.create(new CollectionInput(TITLE, next.toString(), MEASURES, authorities, null, today, today.plusWeeks(4), today.plusWeeks(8),
				List.of(new RuleInput("RANGE", "ERROR", "household-recycling-rate", null, null, BigDecimal.ZERO, new BigDecimal("100"), null, null, null,
						null, null),
						new RuleInput("RELATION", "ERROR", "rs-adult-social-care", "rs-total-service-expenditure", "<=", null, null, null, null, null, null,
								null),
						new RuleInput("RELATION", "ERROR", "rs-childrens-social-care", "rs-total-service-expenditure", "<=", null, null, null, null, null,
								null, null),
						new RuleInput("HISTORY_OUTLIER", "WARNING", "household-recycling-rate", null, null, null, null, "MODIFIED_Z", new BigDecimal("3.5"),
								null, 4, null),
						new RuleInput("HISTORY_OUTLIER", "WARNING", "rs-total-service-expenditure", null, null, null, null, "Z_SCORE", new BigDecimal("3"),
								null, 4, null),
						new RuleInput("PEER_OUTLIER", "WARNING", "household-recycling-rate", null, null, null, null, "MODIFIED_Z", new BigDecimal("3.5"),
								"type", 5, null))));
	}
}
