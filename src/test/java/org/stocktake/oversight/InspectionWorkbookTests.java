package org.stocktake.oversight;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.stocktake.platform.security.Role;
import org.stocktake.support.Http;
import org.stocktake.support.StocktakeTest;
import org.stocktake.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

@StocktakeTest
@DisplayName("Inspections from a workbook")
class InspectionWorkbookTests {

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	/** A TEST-ONLY CQC judgement (not a real one) for Bolton, in an XLSX workbook's first sheet. */
	@Test
	@DisplayName("an XLSX workbook imports like the CSV, and a bad cell is named by row and column")
	void workbook() throws IOException {
		Http officer = new Http(port).as(new TestUsers(context).create(Role.OFFICER).token());
		HttpResponse<String> bad = officer.post("/api/v1/inspections/import", XLSX,
				workbook("E08000001", "2024-07-15", "splendid"));
		assertThat(bad.statusCode()).as(bad.body()).isEqualTo(422);
		assertThat(bad.body()).contains("\"row\":2", "overall_grade", "splendid");
		HttpResponse<String> ok = officer.post("/api/v1/inspections/import", XLSX, workbook("E08000001", "2024-07-15", "good"));
		assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
		assertThat(officer.get("/api/v1/inspections?area=E08000001&inspectorate=cqc").body()).contains("2024-07-15", "\"overallGrade\":\"good\"");
	}

	private static byte[] workbook(String area, String published, String grade) throws IOException {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet("inspections");
			String[] header = { "area", "inspectorate", "framework", "start_date", "end_date", "publication_date", "overall_grade" };
			String[] values = { area, "cqc", "la-assessment", "", "", published, grade };
			Row h = sheet.createRow(0);
			Row r = sheet.createRow(1);
			for (int i = 0; i < header.length; i++) {
				h.createCell(i).setCellValue(header[i]);
				r.createCell(i).setCellValue(values[i]);
			}
			book.write(out);
			return out.toByteArray();
		}
	}
}
