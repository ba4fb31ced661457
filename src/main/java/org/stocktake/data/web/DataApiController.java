package org.stocktake.data.web;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.stocktake.data.AreaProfile;
import org.stocktake.data.Benchmark;
import org.stocktake.data.Benchmarks;
import org.stocktake.data.DataValue;
import org.stocktake.data.Measure;
import org.stocktake.data.MeasureInput;
import org.stocktake.data.Measures;
import org.stocktake.data.Period;
import org.stocktake.data.internal.ComparatorGroups;
import org.stocktake.data.internal.ValueImport;
import org.stocktake.data.internal.ValueRepository;
import org.stocktake.platform.imports.ImportResult;
import org.stocktake.platform.web.BadRequestException;
import org.stocktake.platform.web.CsvDownload;
import org.stocktake.platform.web.PageRequest;
import org.stocktake.platform.web.Paged;
import org.stocktake.register.Area;
import org.stocktake.register.Register;

/** The public data API: the catalogue, values, comparisons and area profiles; officers write measures and values. */
@RestController
class DataApiController {

	static final List<String> VALUES_CSV = List.of("measure", "area", "period", "value", "status", "area_name");

	private final Measures measures;
	private final Benchmarks benchmarks;
	private final ValueRepository values;
	private final ValueImport valueImport;
	private final ComparatorGroups groups;
	private final Register register;

	DataApiController(Measures measures, Benchmarks benchmarks, ValueRepository values, ValueImport valueImport, ComparatorGroups groups,
			Register register) {
		this.measures = measures;
		this.benchmarks = benchmarks;
		this.values = values;
		this.valueImport = valueImport;
		this.groups = groups;
		this.register = register;
	}

	@GetMapping("/api/v1/measures")
	Paged<Measure> list(@RequestParam(required = false) String q, @RequestParam(required = false) String theme,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Authentication auth) {
		return measures.search(q, theme, Viewer.signedIn(auth), PageRequest.of(page, size));
	}

	/** A measure with the periods it has values for. */
	record MeasureDetail(Measure measure, List<String> periods) {
	}

	@GetMapping("/api/v1/measures/{id}")
	MeasureDetail measure(@PathVariable String id, Authentication auth) {
		Measure measure = measures.get(id, Viewer.signedIn(auth));
		return new MeasureDetail(measure, benchmarks.periods(measure));
	}

	@PostMapping(path = "/api/v1/measures", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Measure> save(@RequestBody MeasureInput input) {
		Measures.Saved saved = measures.save(input);
		return ResponseEntity.status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK).body(saved.measure());
	}

	@PostMapping("/api/v1/values/import")
	ImportResult importValues(@RequestBody(required = false) byte[] body, @RequestParam(defaultValue = "false") boolean dryRun,
			@RequestParam(required = false) String filename) {
		if (body == null || body.length == 0) {
			throw new BadRequestException("body", null, "Send the CSV file as the request body");
		}
		return valueImport.run(filename == null ? "api-upload.csv" : filename, body, dryRun);
	}

	@GetMapping("/api/v1/values")
	Object values(@RequestParam String measure, @RequestParam(required = false) String area, @RequestParam(required = false) String period,
			@RequestParam(required = false) String group, @RequestParam(required = false) String format,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestHeader(name = "Accept", required = false) String accept, Authentication auth, HttpServletResponse response)
			throws IOException {
		Measure m = measures.get(measure, Viewer.signedIn(auth));
		String periodText = period == null || period.isBlank() ? null : benchmarks.period(m, period).toString();
		Area reference = area == null || area.isBlank() ? null : register.get(area);
		Set<String> areaSet = null;
		if (group != null && !group.isBlank()) {
			areaSet = groups.resolve(group, reference, m, register.all()).members().stream().map(Area::gssCode).collect(Collectors.toSet());
		}
		else if (reference != null) {
			areaSet = Set.of(reference.gssCode());
		}
		boolean csv = "csv".equalsIgnoreCase(format) || format == null && accept != null && accept.contains("text/csv");
		if (format != null && !csv && !"json".equalsIgnoreCase(format)) {
			throw new BadRequestException("format", format, "format must be json or csv");
		}
		if (csv) {
			Paged<DataValue> all = values.list(m.id(), periodText, areaSet, null);
			var names = register.all().stream().collect(Collectors.toMap(Area::gssCode, Area::name, (a, b) -> a));
			CsvDownload.write(response, m.id() + (periodText == null ? "" : "-" + Period.of(periodText, m.periodicity()).toPath()) + ".csv",
					VALUES_CSV, printer -> {
						for (DataValue v : all.items()) {
							printer.printRecord(v.measureId(), v.areaGssCode(), v.period(), v.value() == null ? v.marker() : v.value().toPlainString(),
									v.status().word(), names.get(v.areaGssCode()));
						}
					});
			return null;
		}
		return values.list(m.id(), periodText, areaSet, PageRequest.of(page, size));
	}

	@GetMapping("/api/v1/benchmark")
	Benchmark benchmark(@RequestParam String measure, @RequestParam(required = false) String period,
			@RequestParam(required = false) String area, @RequestParam(required = false) String group, Authentication auth) {
		return benchmarks.compare(measures.get(measure, Viewer.signedIn(auth)), period, area, group);
	}

	@GetMapping("/api/v1/areas/{gssCode}/profile")
	AreaProfile profile(@PathVariable String gssCode, @RequestParam(required = false) String theme,
			@RequestParam(required = false) String group, Authentication auth) {
		return benchmarks.profile(gssCode, theme, group, Viewer.signedIn(auth));
	}
}
