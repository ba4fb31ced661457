package org.stocktake.data.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.stocktake.data.Measure;
import org.stocktake.data.Period;
import org.stocktake.data.ValueStatus;
import org.stocktake.platform.audit.AuditLog;
import org.stocktake.platform.files.FileStore;
import org.stocktake.platform.imports.ImportResult;
import org.stocktake.platform.imports.RowErrors;
import org.stocktake.register.Area;
import org.stocktake.register.Register;

/**
 * Imports values in the long layout {@code measure,area,period,value[,status]}. Every row is checked
 * while valid rows stream through PostgreSQL {@code COPY} into a temporary staging table; the
 * staging table is then merged into {@code data_value} in one statement, keeping a revision of
 * every value that changes. Any bad row rolls the whole import back and every bad row is reported.
 */
@Component
public class ValueImport {

	public static final List<String> COLUMNS = List.of("measure", "area", "period", "value", "status");
	private static final int COPY_CHUNK = 1 << 20;

	private final JdbcClient jdbc;
	private final DataSource dataSource;
	private final TransactionTemplate transactions;
	private final MeasureRepository measures;
	private final Register register;
	private final AuditLog audit;

	ValueImport(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactionManager, MeasureRepository measures,
			Register register, AuditLog audit) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.transactions = new TransactionTemplate(transactionManager);
		this.measures = measures;
		this.register = register;
		this.audit = audit;
	}

	/** Validates and (unless a dry run) writes the file; 422 listing every bad row, writing nothing. */
	public ImportResult run(String filename, byte[] content, boolean dryRun) {
		String text = decode(content);
		Map<String, Measure> byId = measures.all().stream().collect(Collectors.toMap(Measure::id, m -> m));
		AreaCodes areas = new AreaCodes(register.all());
		return transactions.execute(status -> {
			ImportResult result = importInTransaction(filename, content, text, byId, areas, dryRun);
			if (dryRun) {
				status.setRollbackOnly();
			}
			return result;
		});
	}

	private ImportResult importInTransaction(String filename, byte[] content, String text, Map<String, Measure> byId, AreaCodes areas,
			boolean dryRun) {
		long started = System.nanoTime();
		jdbc.sql("drop table if exists value_stage").update();
		jdbc.sql("create temporary table value_stage (measure_id varchar(80), period varchar(12), area_gss varchar(9), period_start date, "
				+ "value numeric, status varchar(12), marker varchar(10), line integer) on commit drop").update();
		RowErrors errors = new RowErrors();
		int rows = 0;
		Connection connection = DataSourceUtils.getConnection(dataSource);
		CopyIn copy = null;
		try {
			copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy value_stage from stdin with (format csv)");
			StringBuilder buffer = new StringBuilder(COPY_CHUNK + 4096);
			Map<String, Integer> firstLineOfKey = new HashMap<>();
			Lines lines = new Lines(text);
			CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setTrim(true).get();
			try (CSVParser parser = CSVParser.parse(new StringReader(lines.text), format)) {
				Map<String, Integer> header = null;
				for (CSVRecord record : parser) {
					int line = lines.lineOf(record.getCharacterPosition());
					if (header == null) {
						header = header(record, errors);
						if (header == null) {
							break;
						}
						continue;
					}
					rows++;
					if (record.size() != header.size()) {
						errors.add(line, null, null, "Expected " + header.size() + " fields as in the header but found " + record.size());
						continue;
					}
					Staged staged = check(record, header, line, byId, areas, firstLineOfKey, errors);
					if (staged != null && errors.isEmpty()) {
						staged.appendCsv(buffer, line);
						if (buffer.length() >= COPY_CHUNK) {
							write(copy, buffer);
						}
					}
				}
			}
			catch (IOException | UncheckedIOException | IllegalStateException ex) {
				errors.add(lines.lineCount(), null, null, "The file is not valid CSV: " + ex.getMessage());
			}
			if (rows == 0 && errors.isEmpty()) {
				errors.add(2, null, null, "The file has a header but no rows");
			}
			if (!errors.isEmpty()) {
				copy.cancelCopy();
				copy = null;
				errors.throwIfAny();
			}
			write(copy, buffer);
			copy.endCopy();
			copy = null;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not stage the values: " + ex.getMessage(), ex);
		}
		finally {
			if (copy != null && copy.isActive()) {
				try {
					copy.cancelCopy();
				}
				catch (SQLException ignored) {
					// the transaction rolls back anyway
				}
			}
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
		long staged = System.nanoTime();
		ImportResult result = merge(filename, content, rows, dryRun);
		org.slf4j.LoggerFactory.getLogger(ValueImport.class).debug("{}: {} rows staged in {} ms, merged in {} ms", filename, rows,
				(staged - started) / 1_000_000, (System.nanoTime() - staged) / 1_000_000);
		return result;
	}

	private ImportResult merge(String filename, byte[] content, int rows, boolean dryRun) {
		List<String> warnings = new ArrayList<>();
		if (dryRun) {
			var counts = jdbc.sql("""
					select count(*) filter (where v.measure_id is null) as inserted,
					       count(*) filter (where v.measure_id is not null and (v.value, v.status, v.marker) is distinct from (s.value, s.status, s.marker)) as updated
					from value_stage s left join data_value v on v.measure_id = s.measure_id and v.period = s.period and v.area_gss = s.area_gss
					""").query((rs, i) -> new int[] { rs.getInt("inserted"), rs.getInt("updated") }).single();
			return new ImportResult(counts[0], counts[1], rows - counts[0] - counts[1], 0, warnings, true);
		}
		String actor = AuditLog.currentActor();
		long importId = jdbc.sql("insert into value_import (filename, sha256, imported_by, row_count, inserted, updated, unchanged, skipped) "
				+ "values (?, ?, ?, ?, 0, 0, 0, 0) returning id")
			.params(filename == null ? "upload.csv" : filename, FileStore.sha256(content), actor, rows)
			.query(Long.class)
			.single();
		// every value that changes keeps its previous state as a revision; their number is the number updated
		// (a measure's first load has nothing to revise, which a quick look at one row per measure tells)
		boolean hasEarlierValues = jdbc.sql("select exists (select 1 from (select distinct measure_id from value_stage) m "
				+ "where exists (select 1 from data_value v where v.measure_id = m.measure_id))").query(Boolean.class).single();
		int updated = !hasEarlierValues ? 0 : jdbc.sql("""
				insert into data_value_revision (measure_id, period, area_gss, old_value, old_status, old_marker, old_import_id,
				                                 new_value, new_status, new_marker, import_id, changed_by)
				select v.measure_id, v.period, v.area_gss, v.value, v.status, v.marker, v.import_id, s.value, s.status, s.marker, ?, ?
				from value_stage s join data_value v on v.measure_id = s.measure_id and v.period = s.period and v.area_gss = s.area_gss
				where (v.value, v.status, v.marker) is distinct from (s.value, s.status, s.marker)
				""").params(importId, actor).update();
		// one pass writes new and changed values; unchanged ones are left alone (the where clause), so re-importing changes nothing
		int written = jdbc.sql("""
				insert into data_value (measure_id, period, area_gss, period_start, value, status, marker, import_id)
				select measure_id, period, area_gss, period_start, value, status, marker, ? from value_stage
				on conflict (measure_id, period, area_gss) do update
				   set value = excluded.value, status = excluded.status, marker = excluded.marker, import_id = excluded.import_id,
				       updated_at = now()
				 where (data_value.value, data_value.status, data_value.marker) is distinct from (excluded.value, excluded.status, excluded.marker)
				""").param(importId).update();
		int inserted = written - updated;
		int unchanged = rows - written;
		jdbc.sql("update value_import set inserted = ?, updated = ?, unchanged = ? where id = ?").params(inserted, updated, unchanged, importId)
			.update();
		audit.created("value-import", Long.toString(importId), "Imported values from " + filename + ": " + inserted + " new, " + updated
				+ " changed, " + unchanged + " unchanged", Map.of("filename", String.valueOf(filename), "rows", rows, "inserted", inserted,
						"updated", updated, "unchanged", unchanged));
		return new ImportResult(inserted, updated, unchanged, 0, warnings, false);
	}

	private static Map<String, Integer> header(CSVRecord record, RowErrors errors) {
		Map<String, Integer> header = new HashMap<>();
		for (int i = 0; i < record.size(); i++) {
			String column = record.get(i).trim().toLowerCase(Locale.ROOT);
			if (i == 0 && column.startsWith("\uFEFF")) {
				column = column.substring(1);
			}
			if (header.put(column, i) != null) {
				errors.add(1, column, column, "The column " + column + " appears more than once in the header");
			}
		}
		for (String required : COLUMNS.subList(0, 4)) {
			if (!header.containsKey(required)) {
				errors.add(1, required, null, "The header has no " + required + " column");
			}
		}
		return errors.isEmpty() ? header : null;
	}

	private record Staged(String measureId, String period, String areaGss, String periodStart, BigDecimal value, ValueStatus status,
			String marker) {

		void appendCsv(StringBuilder out, int line) {
			out.append(measureId).append(',').append(quote(period)).append(',').append(areaGss).append(',').append(periodStart).append(',')
				.append(value == null ? "" : value.toPlainString()).append(',').append(status.word()).append(',')
				.append(marker == null ? "" : quote(marker)).append(',').append(line).append('\n');
		}

		private static String quote(String s) {
			return "\"" + s.replace("\"", "\"\"") + "\"";
		}
	}

	private static Staged check(CSVRecord record, Map<String, Integer> header, int line, Map<String, Measure> byId, AreaCodes areas,
			Map<String, Integer> firstLineOfKey, RowErrors errors) {
		String measureText = record.get(header.get("measure"));
		String areaText = record.get(header.get("area"));
		String periodText = record.get(header.get("period"));
		String valueText = record.get(header.get("value"));
		String statusText = header.containsKey("status") ? record.get(header.get("status")) : "";
		boolean ok = true;
		Measure measure = byId.get(measureText.trim().toLowerCase(Locale.ROOT));
		if (measure == null) {
			errors.add(line, "measure", measureText, measureText.isBlank() ? "The measure is missing" : "There is no measure " + measureText);
			ok = false;
		}
		Area area = areaText.isBlank() ? null : areas.resolve(areaText);
		if (area == null) {
			errors.add(line, "area", areaText, areaText.isBlank() ? "The area code is missing"
					: areaText + " is not a GSS code in the register; the closest are " + String.join(", ", areas.suggest(areaText)));
			ok = false;
		}
		else if (measure != null && !measure.appliesTo(area.type())) {
			errors.add(line, "area", areaText, area.name() + " is a " + area.type().name() + "; the measure " + measure.id()
					+ " applies to " + measure.areaTypes().stream().map(Enum::name).sorted().collect(Collectors.joining(", ")));
			ok = false;
		}
		Period period = null;
		if (measure != null) {
			period = Period.parse(periodText, measure.periodicity()).orElse(null);
			if (period == null) {
				errors.add(line, "period", periodText, "\"" + periodText + "\" is not a " + measure.periodicity().name() + " period as the measure "
						+ measure.id() + " needs; write it like " + measure.periodicity().example());
				ok = false;
			}
		}
		ValueStatus status = null;
		if (!statusText.isBlank()) {
			status = ValueStatus.parse(statusText).orElse(null);
			if (status == null) {
				errors.add(line, "status", statusText, "\"" + statusText + "\" is not a status; use one of "
						+ Arrays.stream(ValueStatus.values()).map(ValueStatus::word).collect(Collectors.joining(", ")));
				return null;
			}
		}
		BigDecimal value = null;
		String marker = null;
		var markerStatus = ValueStatus.ofMarker(valueText);
		if (markerStatus.isPresent()) {
			marker = valueText.trim();
			if (status == null) {
				status = markerStatus.get();
			}
			else if (status.hasNumber()) {
				errors.add(line, "value", valueText, "The status " + status.word() + " needs a number, but the value is the marker \""
						+ valueText + "\"");
				ok = false;
			}
		}
		else {
			try {
				value = new BigDecimal(valueText.trim());
			}
			catch (NumberFormatException ex) {
				errors.add(line, "value", valueText, "\"" + valueText + "\" is not a number or a known marker (.., x, [x], [c], -, NA, …, blank)");
				return null;
			}
			if (status == null) {
				status = ValueStatus.PUBLISHED;
			}
			else if (!status.hasNumber()) {
				errors.add(line, "value", valueText, "A " + status.word() + " value has no number; write the source's marker instead");
				ok = false;
			}
			if (measure != null && !measure.inRange(value)) {
				errors.add(line, "value", valueText, valueText + " is outside the range of " + measure.id() + " ("
						+ (measure.minValue() == null ? "no minimum" : "minimum " + measure.minValue().toPlainString()) + ", "
						+ (measure.maxValue() == null ? "no maximum" : "maximum " + measure.maxValue().toPlainString()) + ")");
				ok = false;
			}
		}
		if (!ok) {
			return null;
		}
		String key = measure.id() + '|' + period + '|' + area.gssCode();
		Integer first = firstLineOfKey.putIfAbsent(key, line);
		if (first != null) {
			errors.add(line, "area", areaText, "Duplicate of line " + first + ": " + measure.id() + ", " + area.gssCode() + ", " + period
					+ " appears twice");
			return null;
		}
		return new Staged(measure.id(), period.toString(), area.gssCode(), period.start().toString(), value, status, marker);
	}

	private static void write(CopyIn copy, StringBuilder buffer) throws SQLException {
		if (buffer.isEmpty()) {
			return;
		}
		byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
		copy.writeToCopy(bytes, 0, bytes.length);
		buffer.setLength(0);
	}

	static String decode(byte[] bytes) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
			text = text.startsWith("\uFEFF") ? text.substring(1) : text;
			if (text.isBlank()) {
				throw new org.stocktake.platform.web.UnprocessableException("The file is empty",
						List.of(org.stocktake.platform.web.Problems.FieldError.row(1, null, null, "The file is empty: it has no header and no rows")));
			}
			return text;
		}
		catch (CharacterCodingException ex) {
			throw new org.stocktake.platform.web.UnprocessableException("The file is not UTF-8", List.of(org.stocktake.platform.web.Problems.FieldError
				.row(1, null, null, "The file is not UTF-8. Save it as \"CSV UTF-8\" and try again")));
		}
	}

	/** Line numbers of character positions (the header is line 1). */
	private static final class Lines {

		final String text;
		private final int[] starts;

		Lines(String text) {
			this.text = text;
			int count = 1;
			for (int i = 0; i < text.length(); i++) {
				if (text.charAt(i) == '\n') {
					count++;
				}
			}
			starts = new int[count];
			int n = 1;
			for (int i = 0; i < text.length(); i++) {
				if (text.charAt(i) == '\n') {
					starts[n++] = i + 1;
				}
			}
		}

		int lineOf(long position) {
			int index = Arrays.binarySearch(starts, (int) position);
			return (index >= 0 ? index : -index - 2) + 1;
		}

		int lineCount() {
			return starts.length;
		}
	}
}
