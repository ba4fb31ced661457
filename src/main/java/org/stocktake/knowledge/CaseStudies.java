package org.stocktake.knowledge;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stocktake.data.Measures;
import org.stocktake.knowledge.internal.CaseStudyRepository;
import org.stocktake.knowledge.internal.CaseStudySearchQuery;
import org.stocktake.knowledge.internal.RichText;
import org.stocktake.platform.audit.AuditLog;
import org.stocktake.platform.web.BadRequestException;
import org.stocktake.platform.web.ForbiddenException;
import org.stocktake.platform.web.NotFoundException;
import org.stocktake.platform.web.PageRequest;
import org.stocktake.platform.web.Problems.FieldError;
import org.stocktake.register.Area;
import org.stocktake.register.Register;

/**
 * The good-practice library. Councils submit case studies for their own authority; officers write,
 * moderate, publish and archive them. The public reads what is published. Each opening of a
 * published case study adds one to its count for the week, and nothing about who opened it is kept.
 */
@Service
public class CaseStudies {

	/** The themes offered when writing a case study and used as a filter. */
	public static final List<String> THEMES = List.of("Adult social care", "Children's services", "Culture and leisure", "Digital",
			"Economic growth", "Energy", "Environment and waste", "Health and social care integration", "Housing", "Income generation",
			"Procurement", "Property and assets", "Public health", "Shared services", "Transformation", "Workforce");

	private final CaseStudyRepository repository;
	private final CaseStudySearchQuery searches;
	private final Register register;
	private final Measures measures;
	private final AuditLog audit;
	private final Clock clock;

	CaseStudies(CaseStudyRepository repository, CaseStudySearchQuery searches, Register register, Measures measures, AuditLog audit, Clock clock) {
		this.repository = repository;
		this.searches = searches;
		this.register = register;
		this.measures = measures;
		this.audit = audit;
		this.clock = clock;
	}

	/** Who is asking: officers (and admins) moderate; a council user acts for its own authority. */
	public record Reader(boolean officer, String authorityGss, String username) {

		public static final Reader PUBLIC = new Reader(false, null, null);

		public boolean signedIn() {
			return username != null;
		}
	}

	public Reader reader(Authentication auth) {
		if (auth == null || !auth.isAuthenticated() || auth instanceof org.springframework.security.authentication.AnonymousAuthenticationToken) {
			return Reader.PUBLIC;
		}
		boolean officer = auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_OFFICER") || a.getAuthority().equals("ROLE_ADMIN"));
		return new Reader(officer, register.ownAuthority(auth).map(Area::gssCode).orElse(null), auth.getName());
	}

	public CaseStudyHits search(CaseStudySearch search, PageRequest page) {
		return searches.search(search, page);
	}

	public List<CaseStudyHits.Hit> moreLikeThis(CaseStudy study, int limit) {
		return searches.moreLikeThis(study.id(), limit);
	}

	public List<String> themes() {
		Set<String> all = new LinkedHashSet<>(THEMES);
		all.addAll(searches.themesInUse());
		return all.stream().sorted().toList();
	}

	public List<Integer> years() {
		return searches.yearsInUse();
	}

	/** The case study if this reader may see it: published, or theirs to moderate or to have submitted. */
	public CaseStudy get(Reader reader, long id) {
		CaseStudyRepository.Row row = repository.find(id).filter(r -> visible(reader, r))
			.orElseThrow(() -> new NotFoundException("There is no case study " + id));
		return caseStudy(row);
	}

	/** Counts one opening of a published case study, in the week it happened. */
	public void countView(CaseStudy study) {
		if (study.status() == CaseStudyStatus.PUBLISHED) {
			repository.countView(study.id(), weekStart());
		}
	}

	/** Openings this week and in all. */
	public record Usage(long thisWeek, long total) {
	}

	public Usage usage(CaseStudy study) {
		long[] v = repository.views(study.id(), weekStart());
		return new Usage(v[0], v[1]);
	}

	/** Submissions and drafts awaiting an officer, or a council's own. */
	public List<CaseStudy> awaiting(Reader reader) {
		if (reader.officer()) {
			return repository.withStatus(List.of("submitted", "draft"), null).stream().map(this::caseStudy).toList();
		}
		if (reader.authorityGss() != null) {
			return repository.withStatus(List.of("submitted", "draft", "published", "archived"), reader.authorityGss()).stream().map(this::caseStudy)
				.toList();
		}
		return List.of();
	}

	/** A council submits for moderation (its own authority is among the councils); an officer's new case study is a draft. */
	@Transactional
	public CaseStudy create(Reader reader, CaseStudyForm form) {
		requireWriter(reader);
		CaseStudyRepository.Row row = validate(form, reader, null);
		long id = repository.insert(row);
		audit.created("case_study", Long.toString(id), "Case study \"" + row.title() + "\" " + row.status(), row);
		return caseStudy(repository.find(id).orElseThrow());
	}

	@Transactional
	public CaseStudy update(Reader reader, long id, CaseStudyForm form) {
		CaseStudyRepository.Row before = repository.find(id).orElseThrow(() -> new NotFoundException("There is no case study " + id));
		if (!mayEdit(reader, before)) {
			throw new ForbiddenException("You may not change this case study");
		}
		CaseStudyRepository.Row row = withId(validate(form, reader, before), id);
		repository.update(row);
		if (row.status().equals("published")) {
			repository.addWords(vocabulary(row));
		}
		audit.updated("case_study", Long.toString(id), "Case study \"" + row.title() + "\" changed", before, row);
		return caseStudy(repository.find(id).orElseThrow());
	}

	public boolean mayEdit(Reader reader, CaseStudy study) {
		return repository.find(study.id()).map(r -> mayEdit(reader, r)).orElse(false);
	}

	private static boolean mayEdit(Reader reader, CaseStudyRepository.Row row) {
		return reader.officer() || reader.authorityGss() != null && reader.authorityGss().equals(row.submittedFor())
				&& !row.status().equals("published") && !row.status().equals("archived");
	}

	@Transactional
	public CaseStudy publish(Reader reader, long id) {
		return moderate(reader, id, CaseStudyStatus.PUBLISHED, null);
	}

	@Transactional
	public CaseStudy archive(Reader reader, long id) {
		return moderate(reader, id, CaseStudyStatus.ARCHIVED, null);
	}

	/** Sends a submission back to the council as a draft, with a note of what to change. */
	@Transactional
	public CaseStudy returnToDraft(Reader reader, long id, String note) {
		if (note == null || note.isBlank()) {
			throw new BadRequestException("note", note, "Say what the council should change");
		}
		return moderate(reader, id, CaseStudyStatus.DRAFT, note.trim());
	}

	private CaseStudy moderate(Reader reader, long id, CaseStudyStatus to, String note) {
		if (!reader.officer()) {
			throw new ForbiddenException("Only the association's officers moderate case studies");
		}
		CaseStudyRepository.Row before = repository.find(id).orElseThrow(() -> new NotFoundException("There is no case study " + id));
		LocalDate published = to == CaseStudyStatus.PUBLISHED && before.publishedOn() == null ? LocalDate.now(clock) : before.publishedOn();
		CaseStudyRepository.Row after = new CaseStudyRepository.Row(id, before.title(), before.summary(), before.bodyHtml(), before.bodyText(),
				before.problem(), before.approach(), before.outcomes(), before.savings(), before.income(), before.peopleHelped(), before.themes(),
				before.serviceAreas(), before.areaCodes(), before.areaTypes(), before.regions(), before.measureIds(), before.contact(), before.source(),
				before.sourceUrl(), before.startedOn(), published, to.word(), before.submittedBy(), before.submittedFor(),
				note != null ? note : before.moderationNote(), before.updatedAt());
		repository.update(after);
		if (to == CaseStudyStatus.PUBLISHED) {
			repository.addWords(vocabulary(after));
		}
		audit.updated("case_study", Long.toString(id), "Case study \"" + before.title() + "\" " + before.status() + " → " + to.word(),
				java.util.Map.of("status", before.status()), java.util.Map.of("status", to.word()));
		return caseStudy(repository.find(id).orElseThrow());
	}

	private static void requireWriter(Reader reader) {
		if (!reader.officer() && reader.authorityGss() == null) {
			throw new ForbiddenException("Case studies are submitted by a council or written by the association's officers");
		}
	}

	private static boolean visible(Reader reader, CaseStudyRepository.Row row) {
		return row.status().equals("published") || reader.officer()
				|| reader.authorityGss() != null && reader.authorityGss().equals(row.submittedFor());
	}

	private CaseStudyRepository.Row validate(CaseStudyForm f, Reader reader, CaseStudyRepository.Row before) {
		List<FieldError> errors = new ArrayList<>();
		String title = trim(f.title());
		if (title.isEmpty() || title.length() > 300) {
			errors.add(FieldError.field("title", title, "Enter a title of at most 300 characters"));
		}
		String summary = trim(f.summary());
		if (summary.isEmpty() || summary.length() > 2000) {
			errors.add(FieldError.field("summary", summary, "Enter a summary of at most 2,000 characters"));
		}
		BigDecimal savings = money(f.savings(), "savings", errors);
		BigDecimal income = money(f.income(), "income", errors);
		Integer people = null;
		if (!trim(f.peopleHelped()).isEmpty()) {
			try {
				people = Integer.parseInt(trim(f.peopleHelped()).replace(",", ""));
				if (people < 0) {
					throw new NumberFormatException();
				}
			}
			catch (NumberFormatException ex) {
				errors.add(FieldError.field("peopleHelped", f.peopleHelped(), "Enter the number of people helped as a whole number"));
			}
		}
		List<String> themes = f.themes() == null ? List.of() : f.themes().stream().map(CaseStudies::trim).filter(t -> !t.isEmpty()).distinct().toList();
		for (String t : themes) {
			if (t.length() > 80) {
				errors.add(FieldError.field("themes", t, "A theme is at most 80 characters"));
			}
		}
		List<String> areaCodes = new ArrayList<>();
		List<String> areaTypes = new ArrayList<>();
		List<String> regions = new ArrayList<>();
		for (String code : items(f.councils())) {
			Optional<Area> area = register.find(code);
			if (area.isEmpty()) {
				errors.add(FieldError.field("councils", code, "No authority in the register has the GSS code " + code));
				continue;
			}
			addOnce(areaCodes, area.get().gssCode());
			addOnce(areaTypes, area.get().type().name());
			addOnce(regions, area.get().region().code());
		}
		String submittedFor = before != null ? before.submittedFor() : reader.officer() ? null : reader.authorityGss();
		if (!reader.officer() && reader.authorityGss() != null && !areaCodes.contains(reader.authorityGss())) {
			Area own = register.get(reader.authorityGss());
			areaCodes.add(0, own.gssCode());
			addOnce(areaTypes, own.type().name());
			addOnce(regions, own.region().code());
		}
		List<String> measureIds = new ArrayList<>();
		for (String id : items(f.measures())) {
			if (measures.find(id, true).isEmpty()) {
				errors.add(FieldError.field("measures", id, "There is no measure " + id + " in the benchmarking service"));
			}
			else {
				addOnce(measureIds, id);
			}
		}
		LocalDate started = date(f.startedOn(), "startedOn", errors);
		LocalDate published = date(f.publishedOn(), "publishedOn", errors);
		String sourceUrl = trim(f.sourceUrl());
		if (!sourceUrl.isEmpty() && !sourceUrl.matches("https?://\\S+")) {
			errors.add(FieldError.field("sourceUrl", sourceUrl, "Enter a web address starting https://"));
		}
		if (!errors.isEmpty()) {
			throw new BadRequestException(errors);
		}
		String body = RichText.clean(f.body());
		String status;
		if (before == null) {
			status = reader.officer() ? "draft" : "submitted";
		}
		else {
			status = reader.officer() ? before.status() : "submitted";
		}
		return new CaseStudyRepository.Row(0, title, summary, body, RichText.text(body), trim(f.problem()), trim(f.approach()), trim(f.outcomes()),
				savings, income, people, themes, items(f.serviceAreas()), areaCodes, areaTypes, regions, measureIds, trim(f.contact()),
				trim(f.source()).isEmpty() ? (reader.officer() ? "" : "Submitted by the council") : trim(f.source()), sourceUrl.isEmpty() ? null : sourceUrl,
				started, published, status, before != null ? before.submittedBy() : reader.username(), submittedFor,
				before != null && reader.officer() ? before.moderationNote() : null, null);
	}

	private static CaseStudyRepository.Row withId(CaseStudyRepository.Row r, long id) {
		return new CaseStudyRepository.Row(id, r.title(), r.summary(), r.bodyHtml(), r.bodyText(), r.problem(), r.approach(), r.outcomes(),
				r.savings(), r.income(), r.peopleHelped(), r.themes(), r.serviceAreas(), r.areaCodes(), r.areaTypes(), r.regions(), r.measureIds(),
				r.contact(), r.source(), r.sourceUrl(), r.startedOn(), r.publishedOn(), r.status(), r.submittedBy(), r.submittedFor(),
				r.moderationNote(), r.updatedAt());
	}

	static Set<String> vocabulary(CaseStudyRepository.Row r) {
		Set<String> words = new LinkedHashSet<>();
		for (String text : List.of(r.title(), r.summary(), r.problem(), r.approach(), r.outcomes(), r.bodyText(), String.join(" ", r.themes()),
				String.join(" ", r.serviceAreas()))) {
			words.addAll(CaseStudySearchQuery.words(text));
		}
		return words;
	}

	private LocalDate weekStart() {
		return LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	private CaseStudy caseStudy(CaseStudyRepository.Row r) {
		List<CaseStudy.Council> councils = r.areaCodes().stream()
			.map(g -> new CaseStudy.Council(g, register.find(g).map(Area::name).orElse(g)))
			.toList();
		return new CaseStudy(r.id(), r.title(), r.summary(), r.bodyHtml(), r.problem(), r.approach(), r.outcomes(), r.savings(), r.income(),
				r.peopleHelped(), r.themes(), r.serviceAreas(), councils, r.measureIds(), r.contact(), r.source(), r.sourceUrl(), r.startedOn(),
				r.publishedOn(), CaseStudyStatus.ofWord(r.status()), r.submittedBy(), r.submittedFor(), r.moderationNote(), r.updatedAt());
	}

	private static void addOnce(List<String> list, String value) {
		if (!list.contains(value)) {
			list.add(value);
		}
	}

	private static List<String> items(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(text.split("[,;\\n]")).map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
	}

	private static String trim(String s) {
		return s == null ? "" : s.trim();
	}

	private static BigDecimal money(String text, String field, List<FieldError> errors) {
		String t = trim(text).replace(",", "").replace("£", "");
		if (t.isEmpty()) {
			return null;
		}
		try {
			BigDecimal v = new BigDecimal(t);
			if (v.signum() < 0) {
				throw new NumberFormatException();
			}
			return v;
		}
		catch (NumberFormatException ex) {
			errors.add(FieldError.field(field, text, "Enter an amount in pounds, such as 250000"));
			return null;
		}
	}

	private static LocalDate date(String text, String field, List<FieldError> errors) {
		String t = trim(text);
		if (t.isEmpty()) {
			return null;
		}
		try {
			return LocalDate.parse(t);
		}
		catch (DateTimeParseException ex) {
			errors.add(FieldError.field(field, text, "Enter a date like 2016-01-19"));
			return null;
		}
	}
}
