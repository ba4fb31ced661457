package org.stocktake.performance.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.stocktake.performance.ManagementAccounts;
import org.stocktake.platform.files.FileStore;
import org.stocktake.platform.imports.ImportPageController;

/** Officers upload a period's management accounts: the API's file with year, period and units columns, previewed before it is applied. */
@Controller
@RequestMapping("/performance/accounts/import")
class AccountsImportPage extends ImportPageController {

	AccountsImportPage(FileStore files, ManagementAccounts accounts) {
		super(files, new Page("performance.import.accounts", "/performance/accounts/import", "/performance",
				"year,period,units,section,line,type,budget_ytd,actual_ytd,budget_year,forecast_outturn,commentary"),
				accounts::importWithPeriodColumns);
	}
}
