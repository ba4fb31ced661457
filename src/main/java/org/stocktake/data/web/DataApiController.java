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
import org.stocktake.platform.web.NotFoundException;
import org.stocktake.platform.web.TableDownload;
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

	/**
	 * Values of one measure as paged JSON, or as a CSV or XLSX download; a whole theme (every measure
	 * of it the reader may see) only as a download.
	 */
	@GetMapping("/api/v1/values")
	Object values(@RequestParam(required = false) String measure, @RequestParam(required = false) String theme,
			@RequestParam(required = false) String area, @RequestParam(required = false) String period,
			@RequestParam(required = false) String group, @RequestParam(required = false) String format,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestHeader(name = "Accept", required = false) String accept, Authentication auth, HttpServletResponse response)
			throws IOException {
		boolean signedIn = Viewer.signedIn(auth);
		String chosen = format != null ? format.toLowerCase(java.util.Locale.ROOT) : accept != null && accept.contains("text/csv") ? "csv" : "json";
		if (!List.of("json", "csv", "xlsx").contains(chosen)) {
			throw new BadRequestException("format", format, "format must be json, csv or xlsx");
		}
		if ((measure == null || measure.isBlank()) == (theme == null || theme.isBlank())) {
			throw new BadRequestException("measure", measure, "Give either a measure or a theme");
		}
		List<Measure> chosenMeasures;
		String baseName;
		if (measure != null && !measure.isBlank()) {
			Measure m = measures.get(measure, signedIn);
			chosenMeasures = List.of(m);
			String periodText = period == null || period.isBlank() ? null : benchmarks.period(m, period).toString();
			baseName = m.id() + (periodText == null ? "" : "-" + Period.of(periodText, m.periodicity()).toPath());
		}
		else {
			chosenMeasures = measures.all(signedIn).stream().filter(m -> m.themes().contains(theme)).toList();
			if (chosenMeasures.isEmpty()) {
				throw new NotFoundException("There is no theme " + theme);
			}
			if (chosen.equals("json")) {
				throw new BadRequestException("format", format, "A whole theme downloads as csv or xlsx; ask for one measure to page through JSON");
			}
			baseName = "theme-" + theme.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
		}
		Area reference = area == null || area.isBlank() ? null : register.get(area);
		if (chosen.equals("json")) {
			Measure m = chosenMeasures.get(0);
			String periodText = period == null || period.isBlank() ? null : benchmarks.period(m, period).toString();
			return values.list(m.id(), periodText, areaSet(m, group, reference), PageRequest.of(page, size));
		}
		var names = register.all().stream().collect(Collectors.toMap(Area::gssCode, Area::name, (a, b) -> a));
		boolean xlsx = chosen.equals("xlsx");
		TableDownload.write(response, TableDownload.Format.of(chosen), baseName, VALUES_CSV, sink -> {
			for (Measure m : chosenMeasures) {
				String periodText = period == null || period.isBlank() ? null : benchmarks.period(m, period).toString();
				for (DataValue v : values.list(m.id(), periodText, areaSet(m, group, reference), null).items()) {
					Object value = v.value() == null ? v.marker() : xlsx ? v.value() : v.value().toPlainString();
					sink.row(java.util.Arrays.asList(v.measureId(), v.areaGssCode(), v.period(), value, v.status().word(), names.get(v.areaGssCode())));
				}
			}
		});
		return null;
	}

	/** The areas a download or page of values is limited to: a group's members, one area, or all (null). */
	private Set<String> areaSet(Measure m, String group, Area reference) {
		if (group != null && !group.isBlank()) {
			return groups.resolve(group, reference, m, register.all()).members().stream().map(Area::gssCode).collect(Collectors.toSet());
		}
		return reference == null ? null : Set.of(reference.gssCode());
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
