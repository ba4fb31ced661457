package org.stocktake.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stocktake.data.internal.ValueRepository;
import org.stocktake.platform.audit.AuditLog;
import org.stocktake.platform.web.NotFoundException;
import org.stocktake.platform.web.Problems.FieldError;
import org.stocktake.platform.web.UnprocessableException;
import org.stocktake.register.Area;
import org.stocktake.register.Register;

/**
 * Saved reports: officers define them; anyone renders one for any council. A restricted measure in a
 * report is left out for readers who are not signed in, as everywhere else.
 */
@Service
public class SavedReports {

	private final JdbcClient jdbc;
	private final Measures measures;
	private final Benchmarks benchmarks;
	private final ValueRepository values;
	private final Register register;
	private final AuditLog audit;

	SavedReports(JdbcClient jdbc, Measures measures, Benchmarks benchmarks, ValueRepository values, Register register, AuditLog audit) {
		this.jdbc = jdbc;
		this.measures = measures;
		this.benchmarks = benchmarks;
		this.values = values;
		this.register = register;
		this.audit = audit;
	}

	public List<SavedReport> all() {
		return jdbc.sql("select id from saved_report order by name").query(Long.class).list().stream().map(this::get).toList();
	}

	public Optional<SavedReport> find(long id) {
		return jdbc.sql("select id, name, description, group_id, created_by from saved_report where id = ?")
			.param(id)
			.query((rs, n) -> new SavedReport(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), measureIds(rs.getLong(1)),
					rs.getString(5)))
			.optional();
	}

	public SavedReport get(long id) {
		return find(id).orElseThrow(() -> new NotFoundException("There is no saved report " + id));
	}

	private List<String> measureIds(long id) {
		return jdbc.sql("select measure_id from saved_report_measure where report_id = ? order by position").param(id).query(String.class).list();
	}

	/** Creates a report; 422 naming each problem. */
	@Transactional
	public SavedReport create(String name, String description, String group, List<String> measureIds) {
		List<FieldError> errors = new ArrayList<>();
		if (name == null || name.isBlank()) {
			errors.add(FieldError.field("name", name, "Enter a name for the report"));
		}
		else if (name.length() > 200) {
			errors.add(FieldError.field("name", name, "The name must be 200 characters or fewer"));
		}
		if (group == null || group.isBlank()) {
			errors.add(FieldError.field("group", group, "Choose the group to compare with"));
		}
		List<String> chosen = measureIds == null ? List.of() : measureIds.stream().filter(m -> m != null && !m.isBlank()).distinct().toList();
		if (chosen.isEmpty()) {
			errors.add(FieldError.field("measures", null, "Choose at least one measure"));
		}
		Set<String> unknown = new HashSet<>();
		for (String m : chosen) {
			if (measures.find(m, true).isEmpty()) {
				unknown.add(m);
			}
		}
		unknown.forEach(m -> errors.add(FieldError.field("measures", m, "There is no measure " + m)));
		if (!errors.isEmpty()) {
			throw new UnprocessableException("The report has " + errors.size() + " problem(s)", errors);
		}
		long id = jdbc.sql("insert into saved_report (name, description, group_id, created_by) values (?, ?, ?, ?) returning id")
			.params(name.trim(), description == null ? "" : description.trim(), group.trim(), AuditLog.currentActor())
			.query(Long.class)
			.single();
		int position = 0;
		for (String m : chosen) {
			jdbc.sql("insert into saved_report_measure (report_id, measure_id, position) values (?, ?, ?)").params(id, m, position++).update();
		}
		SavedReport report = get(id);
		audit.created("saved-report", Long.toString(id), "Saved the report " + report.name(), report);
		return report;
	}

	@Transactional
	public void delete(long id) {
		SavedReport report = get(id);
		jdbc.sql("delete from saved_report where id = ?").param(id).update();
		audit.deleted("saved-report", Long.toString(id), "Deleted the report " + report.name(), report);
	}

	/** The report for one council, each measure in its latest period with a value for that council. */
	public SavedReportView render(long id, String areaGss, boolean signedIn) {
		SavedReport report = get(id);
		Area area = register.get(areaGss);
		List<SavedReportView.Row> rows = new ArrayList<>();
		String groupName = null;
		for (String measureId : report.measures()) {
			Optional<Measure> found = measures.find(measureId, signedIn);
			if (found.isEmpty() || !found.get().appliesTo(area.type())) {
				continue;
			}
			Measure m = found.get();
			List<DataValue> series = values.series(m.id(), area.gssCode());
			DataValue latest = series.isEmpty() ? null : series.get(series.size() - 1);
			if (latest == null) {
				rows.add(new SavedReportView.Row(m.id(), m.title(), null, null, null, null, m.decimalPlaces(), null, null, null, null, null,
						Direction.of(series, m, null)));
				continue;
			}
			Benchmark b = benchmarks.compare(m, latest.period(), area.gssCode(), report.group());
			groupName = b.groupName();
			rows.add(new SavedReportView.Row(m.id(), m.title(), latest.period(), latest.value(), latest.status(), latest.marker(), m.decimalPlaces(),
					b.rank(), b.count(), b.quartile(), b.percentile(), b.median(), Direction.of(series, m, b.standardDeviation())));
		}
		return new SavedReportView(report, area.gssCode(), area.name(), groupName, rows);
	}
}
