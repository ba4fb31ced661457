package org.stocktake.leadership.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.stocktake.leadership.BoardTables;
import org.stocktake.leadership.CrossTab;
import org.stocktake.leadership.Evaluations;
import org.stocktake.leadership.Leadership;
import org.stocktake.platform.web.CsvDownload;
import org.stocktake.reporting.Reports;

/** The board's tables for officers: on a page, as CSV or XLSX, and as the leadership section of a board report (PDF or Word). */
@Controller
class TablesController {

	private final BoardTables tables;
	private final Leadership leadership;
	private final Evaluations evaluations;
	private final Reports reports;

	TablesController(BoardTables tables, Leadership leadership, Evaluations evaluations, Reports reports) {
		this.tables = tables;
		this.leadership = leadership;
		this.evaluations = evaluations;
		this.reports = reports;
	}

	record Range(LocalDate from, LocalDate to) {
	}

	/** Without dates, the current financial year. */
	private Range range(LocalDate from, LocalDate to) {
		if (from == null && to == null) {
			LocalDate today = leadership.today();
			int start = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
			return new Range(LocalDate.of(start, 4, 1), LocalDate.of(start + 1, 3, 31));
		}
		return new Range(from, to);
	}

	@GetMapping("/leadership/tables")
	String page(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		Range r = range(from, to);
		List<CrossTab> crossTabs = BoardTables.CROSSTABS.stream().map(by -> tables.crossTab(by, r.from(), r.to())).toList();
		model.addAttribute("range", r);
		model.addAttribute("crossTabs", crossTabs);
		model.addAttribute("ages", tables.distribution("age_range", r.from(), r.to()));
		model.addAttribute("ethnicities", tables.distribution("ethnicity", r.from(), r.to()));
		model.addAttribute("completion", tables.completion(r.from(), r.to(), null));
		model.addAttribute("year", r.from() == null ? BoardTables.financialYearOf(leadership.today()) : BoardTables.financialYearOf(r.from()));
		model.addAttribute("progress", tables.progress(r.from() == null ? BoardTables.financialYearOf(leadership.today())
				: BoardTables.financialYearOf(r.from())));
		return "leadership/tables";
	}

	@GetMapping("/leadership/tables.csv")
	void csv(@RequestParam(required = false) String by, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, HttpServletResponse response) throws IOException {
		Range r = range(from, to);
		CrossTab table = tables.crossTab(by, r.from(), r.to());
		List<String> header = new ArrayList<>(List.of(table.by(), "label"));
		header.addAll(table.programmes());
		header.add("total");
		CsvDownload.write(response, "leadership-bookings-by-" + table.by() + ".csv", header, out -> {
			for (CrossTab.Row row : table.rows()) {
				List<Object> cells = new ArrayList<>(List.of(row.key(), row.label()));
				cells.addAll(row.counts());
				cells.add(row.total());
				out.printRecord(cells);
			}
			List<Object> totals = new ArrayList<>(List.of("TOTAL", "Total"));
			totals.addAll(table.totals());
			totals.add(table.total());
			out.printRecord(totals);
		});
	}

	@GetMapping("/leadership/tables.xlsx")
	ResponseEntity<byte[]> xlsx(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) throws IOException {
		Range r = range(from, to);
		try (XSSFWorkbook workbook = new XSSFWorkbook(); var out = new java.io.ByteArrayOutputStream()) {
			for (String by : BoardTables.CROSSTABS) {
				CrossTab table = tables.crossTab(by, r.from(), r.to());
				Sheet sheet = workbook.createSheet("By " + by.replace('_', ' '));
				Row head = sheet.createRow(0);
				head.createCell(0).setCellValue(by);
				for (int i = 0; i < table.programmes().size(); i++) {
					head.createCell(i + 1).setCellValue(table.programmes().get(i));
				}
				head.createCell(table.programmes().size() + 1).setCellValue("Total");
				int n = 1;
				for (CrossTab.Row row : table.rows()) {
					write(sheet.createRow(n++), row.label(), row.counts(), row.total());
				}
				write(sheet.createRow(n), "Total", table.totals(), table.total());
			}
			workbook.write(out);
			return ResponseEntity.ok()
				.contentType(org.springframework.http.MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("leadership-bookings.xlsx").build().toString())
				.body(out.toByteArray());
		}
	}

	private static void write(Row row, String label, List<Integer> counts, int total) {
		row.createCell(0).setCellValue(label);
		for (int i = 0; i < counts.size(); i++) {
			row.createCell(i + 1).setCellValue(counts.get(i));
		}
		row.createCell(counts.size() + 1).setCellValue(total);
	}

	@GetMapping("/leadership/report.pdf")
	ResponseEntity<byte[]> pdf(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		Range r = range(from, to);
		return reports.download(LeadershipReport.build(tables, evaluations, r.from(), r.to(), leadership.today()), Reports.Format.PDF, "leadership-offer");
	}

	@GetMapping("/leadership/report.docx")
	ResponseEntity<byte[]> docx(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		Range r = range(from, to);
		return reports.download(LeadershipReport.build(tables, evaluations, r.from(), r.to(), leadership.today()), Reports.Format.DOCX, "leadership-offer");
	}
}
