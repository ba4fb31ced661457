package org.stocktake.knowledge.internal;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.stocktake.knowledge.MoneyUnits;
import org.stocktake.knowledge.OpeTotals;
import org.stocktake.platform.demo.DemoDataset;
import org.stocktake.platform.imports.ImportResult;

/**
 * Enters the One Public Estate phase 3 table of the Improvement and Innovation Board's papers of
 * 19 January 2016 (Annex A) through the same import an officer uses, with the figures the paper
 * states. The case-study library and the shared services map start empty: the papers describe them
 * only in aggregate, and no case study or arrangement is made up here.
 */
@Component
@Order(80)
class DemoKnowledge implements DemoDataset {

	private static final Logger log = LoggerFactory.getLogger(DemoKnowledge.class);
	static final String OPE_PHASE_3 = "demo/knowledge/ope-phase-3-partnerships.csv";
	static final String SOURCE = "LGA Improvement and Innovation Board, 19 January 2016, Productivity update, Annex A: One Public Estate phase 3 partnerships";

	private final OpeImport opeImport;
	private final OpeRepository ope;

	DemoKnowledge(OpeImport opeImport, OpeRepository ope) {
		this.opeImport = opeImport;
		this.ope = ope;
	}

	@Override
	public String name() {
		return "knowledge";
	}

	@Override
	public void loadIfMissing() {
		if (!ope.partnerships(3).isEmpty()) {
			return;
		}
		ImportResult result = opeImport.run(read(OPE_PHASE_3), MoneyUnits.GBP, SOURCE, false);
		ope.saveStated(3, new OpeTotals.Stated(24, 108, null,
				"\"on 3rd December a Ministerial announcement was made confirming that 24 partnerships involving 108 councils would join the programme\"",
				"LGA Improvement and Innovation Board, 19 January 2016, Productivity update, paragraph 30"));
		log.info("Loaded One Public Estate phase 3: {} partnerships", result.inserted());
	}

	static byte[] read(String path) {
		try (var in = new ClassPathResource(path).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
