package org.stocktake.performance.web;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.stocktake.performance.AccountLine;
import org.stocktake.performance.AccountPeriod;
import org.stocktake.performance.FinancialYear;
import org.stocktake.performance.ManagementAccounts;
import org.stocktake.performance.Rag;
import org.stocktake.platform.imports.ImportResult;
import org.stocktake.platform.web.BadRequestException;

@RestController
@Tag(name = "Management accounts", description = "Budget, actuals, forecast outturn, variances and RAG per line (officers)")
class AccountsApiController {

	private final ManagementAccounts accounts;

	AccountsApiController(ManagementAccounts accounts) {
		this.accounts = accounts;
	}

	@PostMapping("/api/v1/performance/accounts/{year}/{period}/import")
	@Operation(summary = "Import one period's management accounts (officers)", description = """
			CSV with line,type,budget_ytd,actual_ytd,budget_year,forecast_outturn,commentary and optional section (CORE when absent, or \
			RING_FENCED), rag and rag_commentary (an officer's rating for a reason the rule does not see). type is INCOME or EXPENDITURE; \
			amounts positive in the line's direction ((123) or a negative number is a contra entry, with a warning; a dash is nil); \
			?units=GBP or GBP_THOUSANDS is required. All or nothing; the file replaces the period's lines; ?dryRun=true validates only.""")
	ImportResult importPeriod(@PathVariable String year, @PathVariable String period, @RequestParam(required = false) String units,
			@RequestParam(defaultValue = "false") boolean dryRun, @RequestParam(required = false) String filename,
			@RequestBody(required = false) byte[] body) {
		FinancialYear y = FinancialYear.parse(year, "year");
		int p = Paths.period(period);
		ManagementAccounts.Units u = ManagementAccounts.Units.parse(units, "units");
		if (body == null || body.length == 0) {
			throw new BadRequestException("body", null, "Send the CSV file as the request body");
		}
		return accounts.importPeriod(y, p, u, filename == null ? "api-upload.csv" : filename, body, dryRun);
	}

	@GetMapping("/api/v1/performance/accounts/{year}/{period}")
	@Operation(summary = "One period's management accounts with variances and RAG per line, totals and the net position (officers)", description = """
			Amounts in pounds, positive in the line's direction; variances adverse-positive (overspend or income shortfall). rag is the \
			rating used (an officer's override where there is one), computedRag and ragReason the rule's rating and why.""")
	PeriodJson period(@PathVariable String year, @PathVariable String period) {
		AccountPeriod p = accounts.period(FinancialYear.parse(year, "year"), Paths.period(period));
		return new PeriodJson(p.year().label(), p.periodLabel(), "GBP", p.units(), p.lines().stream().map(LineJson::of).toList(),
				new TotalsJson(p.totals(AccountLine.Section.CORE, AccountLine.LineType.INCOME), p.totals(AccountLine.Section.CORE,
						AccountLine.LineType.EXPENDITURE), p.net(AccountLine.Section.RING_FENCED), p.net(null)));
	}

	record PeriodJson(String year, String period, String units, String importedUnits, List<LineJson> lines, TotalsJson totals) {
	}

	record TotalsJson(AccountPeriod.Totals coreIncome, AccountPeriod.Totals coreExpenditure, AccountPeriod.Totals netRingFenced,
			AccountPeriod.Totals netPosition) {
	}

	record LineJson(long id, String section, String line, String type, BigDecimal budgetYtd, BigDecimal actualYtd, BigDecimal varianceYtd,
			BigDecimal budgetYear, BigDecimal forecastOutturn, BigDecimal varianceOutturn, String commentary, Rag rag, Rag computedRag,
			String ragReason, Rag ragOverride, String ragCommentary) {

		static LineJson of(AccountLine l) {
			return new LineJson(l.id(), l.section().name(), l.line(), l.type().name(), l.budgetYtd(), l.actualYtd(), l.varianceYtd(), l.budgetYear(),
					l.forecastOutturn(), l.varianceOutturn(), l.commentary(), l.rag(), l.computed().rag(), l.computed().explanation(), l.override(),
					l.overrideCommentary());
		}
	}
}
