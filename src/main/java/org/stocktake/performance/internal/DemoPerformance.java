package org.stocktake.performance.internal;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.stocktake.performance.FinancialYear;
import org.stocktake.performance.TargetImport;
import org.stocktake.platform.demo.DemoDataset;

/**
 * At first start, the association's 2015/16 plan as its Performance and Finance report to the
 * Improvement and Innovation Board of 19 January 2016 (agenda item 6) published it: the 26 key targets
 * of Annex A with what was delivered by the end of September and the officers' ratings, the quarterly
 * figures of Annex B, and the management accounts of Annex C (period 7). Real published figures, from
 * the seed paper; nothing is invented.
 */
@Component
@Order(70)
class DemoPerformance implements DemoDataset {

	private static final Logger log = LoggerFactory.getLogger(DemoPerformance.class);

	static final FinancialYear YEAR = new FinancialYear(2015);

	private final PlanRepository plans;
	private final TargetImport targets;
	private final DemoAccounts accounts;
	private final ReportRepository reports;

	DemoPerformance(PlanRepository plans, TargetImport targets, DemoAccounts accounts, ReportRepository reports) {
		this.plans = plans;
		this.targets = targets;
		this.accounts = accounts;
		this.reports = reports;
	}

	@Override
	public String name() {
		return "performance";
	}

	@Transactional
	@Override
	public void loadIfMissing() {
		if (plans.plan(YEAR.start()).isEmpty()) {
			plans.insertPlan(YEAR.start(), "Business plan and Memorandum of Understanding 2015/16 (demonstration: the association's published figures)", true);
			targets.run(YEAR, read("performance/demo/2015-16-targets.csv"), false);
			log.info("Loaded the 2015/16 business plan targets from the Performance and Finance report of 19 January 2016");
		}
		accounts.loadIfMissing();
		if (reports.words(YEAR.start(), 2).isEmpty()) {
			reports.saveWords(SEED_WORDS);
		}
	}

	/** The words of the seed's report (agenda item 6, 19 January 2016); its figures come from the records. */
	static final ReportRepository.WordsRow SEED_WORDS = new ReportRepository.WordsRow(2015, 2, "Improvement and Innovation Board",
			java.time.LocalDate.of(2016, 1, 19), "For information.", """
					This six-month monitoring report presents a summary of the performance against the LGA's business plan and Memorandum of \
					Understanding with DCLG in respect of our revenue support grant (RSG) funded programmes.

					The IDeA Board is formally responsible for oversight of this programme but, given much of the work is funded by RSG, the \
					programme is also provided direction by the Improvement and Innovation Board, and hence the report is also drawn to this \
					Board's attention.""",
			"That the Board notes the six-month monitoring report and highlights any areas for further action or report back.",
			"Officers to initiate any required action.",
			"Dennis Skinner, Head of Improvement, 020 7664 3017, dennis.skinner@local.gov.uk; Paul Brack, Head of Finance, 020 7664 7309, paul.brack@local.gov.uk",
			"""
					At previous Board meetings, members have contributed to the development of the improvement programme funded by revenue \
					support grant (RSG) and set out under the theme of sector led improvement in the LGA's overall business plan.

					As part of the grant agreement reached with DCLG for 2015/16, a Memorandum of Understanding (MOU) has been agreed with DCLG \
					setting out the activity to be funded by RSG in the financial year.

					The latest monitoring report on performance against the MOU and the business plan priorities is attached at Annexes A and B. \
					This covers the 6 month period from April to September. The process for reporting on the third quarter is underway but not \
					completed at the time of finalising this report. In addition, the budgetary position for the whole of LGA of which the RSG \
					grant is part is included in the document attached at Annex C.""",
			"""
					31 peer challenges delivered
					101 councils received direct improvement support and a further 38 provided with change of control support and 27 bespoke mentoring support
					Helped councils deliver savings through our national software procurement framework totalling £12m
					Helped a further 10 councils achieve savings of £7m through the use of our productivity experts
					Launched our innovative programme with the Design Council supporting 20 councils
					On course for a record year in the number of councillors attending our leadership programmes with 548 either attended or booked on courses by the end of September
					Supporting a range of councils and areas with their devolution bids.
					Supported over 40 councils to address their workforce challenges through a range of bespoke support.""",
			"""
					- Savings arising from the restructuring of external support services and transfer of ICT contracts from Liberata to Brent. This includes staff savings and additional income arising from the corporate and Liberata projects totalling £2,370k, offset in part by redundancy costs of £600k;
					- Core salaries expected to be under budget by £424k;
					- Increased dividends from Geoplace £250k;
					- Decreased net programme costs £416k;
					- Increased contribution to overheads from grant and ring-fenced programs £145k; and
					- Reduced rental income & increased maintenance costs in both Local Government House & Layden House £376k.

					RSG programme spend is on course to be almost fully spent. Given the extension of the external audit contracts announced by \
					government by a further year the budget for work on the sector led body will not be fully utilised this year. The IDeA Board \
					at its meeting in December agreed that £100,000 of this budget is used to support the new work we are doing to help councils \
					implement the Syrian Vulnerable Persons Relocation scheme. In addition the IDeA company board will benefit from its share of \
					the savings from the restructuring of external support services referred to in 5.1 above.""",
			7);

	static byte[] read(String path) {
		try (var in = new ClassPathResource(path).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
