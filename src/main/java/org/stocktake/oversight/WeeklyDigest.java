package org.stocktake.oversight;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stocktake.oversight.internal.WatchlistRepository;
import org.stocktake.oversight.internal.WatchlistRepository.Snapshot;
import org.stocktake.people.Directory;
import org.stocktake.people.Person;
import org.stocktake.platform.mail.Mailer;
import org.stocktake.register.Area;
import org.stocktake.register.Region;
import org.stocktake.register.Register;

/**
 * The weekly digest to the association's officers responsible for each region: the judgements
 * published, the interventions started or lifted and the milestones that fell overdue in the week
 * before, and how the region's authorities moved on the watchlist since the last weekly snapshot.
 * Each week is sent to each officer at most once, however often it runs.
 */
@Service
public class WeeklyDigest {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final Watchlist watchlist;
	private final Inspections inspections;
	private final Interventions interventions;
	private final Directory directory;
	private final Register register;
	private final WatchlistRepository repository;
	private final Mailer mailer;
	private final String baseUrl;

	WeeklyDigest(Watchlist watchlist, Inspections inspections, Interventions interventions, Directory directory, Register register,
			WatchlistRepository repository, Mailer mailer, @Value("${stocktake.base-url:}") String baseUrl) {
		this.watchlist = watchlist;
		this.inspections = inspections;
		this.interventions = interventions;
		this.directory = directory;
		this.register = register;
		this.repository = repository;
		this.mailer = mailer;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/** What a run did: the week (its Monday), whether it took the week's snapshot, who was mailed and who had been already. */
	public record Run(LocalDate week, boolean snapshotTaken, List<String> sentTo, List<String> alreadySent) {
	}

	/** The Monday that starts the week containing {@code day}: a digest covers the seven days before it. */
	public static LocalDate weekOf(LocalDate day) {
		return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	@Transactional
	public Run send(LocalDate day) {
		LocalDate week = weekOf(day);
		LocalDate from = week.minusDays(7);
		LocalDate to = week.minusDays(1);
		Map<String, Area> byCode = register.all().stream().collect(Collectors.toMap(Area::code, Function.identity()));

		List<WatchlistEntry> now = watchlist.all();
		Optional<LocalDate> previousWeek = repository.snapshotWeekBefore(week);
		Map<String, Snapshot> previous = previousWeek.map(repository::snapshot).orElse(Map.of());
		Map<String, Snapshot> current = new LinkedHashMap<>();
		for (WatchlistEntry e : now) {
			current.put(e.gssCode(), new Snapshot(e.gssCode(), e.score(), e.rank(), e.raised().stream().map(SignalScore::signal).toList()));
		}
		boolean taken = repository.saveSnapshot(week, current);

		List<Inspection> judged = inspections.publishedBetween(from, to);
		List<Intervention> all = interventions.all();

		// Officers by address, each with every region they currently look after.
		Map<String, Set<Region>> regionsOf = new LinkedHashMap<>();
		Map<String, String> names = new LinkedHashMap<>();
		for (Region r : Region.values()) {
			for (Person p : directory.responsibleFor(r)) {
				if (p.email() != null && !p.email().isBlank()) {
					regionsOf.computeIfAbsent(p.email(), k -> new TreeSet<>()).add(r);
					names.put(p.email(), p.name());
				}
			}
		}
		List<String> sent = new ArrayList<>();
		List<String> already = new ArrayList<>();
		for (Map.Entry<String, Set<Region>> officer : regionsOf.entrySet()) {
			String regions = officer.getValue().stream().map(Region::displayName).collect(Collectors.joining(", "));
			if (!repository.claimDigest(week, officer.getKey(), regions)) {
				already.add(officer.getKey());
				continue;
			}
			StringBuilder body = new StringBuilder("Dear " + names.get(officer.getKey()) + ",\n\nChanges from " + DAY.format(from) + " to "
					+ DAY.format(to) + " in the regions you look after.\n");
			for (Region r : officer.getValue()) {
				body.append('\n').append(section(r, from, to, byCode, judged, all, now, previousWeek, previous));
			}
			body.append("\nThe whole watchlist: ").append(baseUrl).append("/oversight/watchlist\n");
			String subject = "Oversight digest, week of " + DAY.format(week) + ": " + regions;
			if (mailer.send(officer.getKey(), subject, body.toString())) {
				repository.markDelivered(week, officer.getKey());
			}
			sent.add(officer.getKey());
		}
		return new Run(week, taken, sent, already);
	}

	private String section(Region region, LocalDate from, LocalDate to, Map<String, Area> byCode, List<Inspection> judged,
			List<Intervention> all, List<WatchlistEntry> now, Optional<LocalDate> previousWeek, Map<String, Snapshot> previous) {
		StringBuilder s = new StringBuilder("== " + region.displayName() + " ==\n");
		List<String> lines = new ArrayList<>();
		for (Inspection i : judged) {
			Area a = byCode.get(i.areaCode());
			if (a != null && a.region() == region) {
				lines.add("- " + a.name() + ": " + i.inspectorate() + " " + i.framework() + " judgement published " + i.publicationDate() + ": "
						+ (i.graded() ? i.overallGrade() : "not graded"));
			}
		}
		block(s, "New judgements", lines);
		lines = new ArrayList<>();
		for (Intervention v : all) {
			Area a = byCode.get(v.areaCode());
			if (a == null || a.region() != region) {
				continue;
			}
			String what = v.type().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " (" + v.service() + ")";
			if (within(v.startDate(), from, to)) {
				lines.add("- " + a.name() + ": " + what + " started " + v.startDate());
			}
			if (v.endDate() != null && within(v.endDate(), from, to)) {
				lines.add("- " + a.name() + ": " + what + " lifted " + v.endDate());
			}
			for (Intervention.Milestone m : v.overdue()) {
				if (within(m.dueDate(), from, to)) {
					lines.add("- " + a.name() + ": milestone overdue, " + m.name() + " (due " + m.dueDate() + ")");
				}
			}
		}
		block(s, "Interventions", lines);
		lines = new ArrayList<>();
		if (previousWeek.isEmpty()) {
			lines.add("- No earlier weekly snapshot to compare with: this week's ranking is the baseline.");
		}
		else {
			record Move(WatchlistEntry entry, Snapshot before) {
			}
			List<Move> moves = new ArrayList<>();
			for (WatchlistEntry e : now) {
				Snapshot before = previous.get(e.gssCode());
				if (e.region() != region || before == null) {
					continue;
				}
				Set<String> raisedNow = e.raised().stream().map(SignalScore::signal).collect(Collectors.toSet());
				if (e.score().compareTo(before.score()) != 0 || !raisedNow.equals(new HashSet<>(before.raised()))) {
					moves.add(new Move(e, before));
				}
			}
			moves.sort(Comparator.comparing((Move m) -> m.entry().score().subtract(m.before().score()).abs()).reversed()
				.thenComparing(m -> m.entry().name()));
			for (Move m : moves) {
				Set<String> raisedNow = m.entry().raised().stream().map(SignalScore::signal).collect(Collectors.toCollection(TreeSet::new));
				Set<String> newly = new TreeSet<>(raisedNow);
				newly.removeAll(m.before().raised());
				Set<String> cleared = new TreeSet<>(m.before().raised());
				cleared.removeAll(raisedNow);
				lines.add("- " + m.entry().name() + ": score " + m.before().score().toPlainString() + " -> " + m.entry().score().toPlainString()
						+ ", rank " + m.before().rank() + " -> " + m.entry().rank() + (newly.isEmpty() ? "" : "; newly raised: " + String.join(", ", newly))
						+ (cleared.isEmpty() ? "" : "; cleared: " + String.join(", ", cleared)));
			}
			s.append("(Watchlist compared with the snapshot of the week of ").append(DAY.format(previousWeek.get())).append(")\n");
		}
		block(s, "Watchlist moves", lines);
		return s.toString();
	}

	private static void block(StringBuilder s, String title, List<String> lines) {
		s.append(title).append(":\n");
		if (lines.isEmpty()) {
			s.append("- None.\n");
		}
		else {
			lines.forEach(l -> s.append(l).append('\n'));
		}
	}

	private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
		return day != null && !day.isBefore(from) && !day.isAfter(to);
	}

	static List<Region> regions() {
		return Arrays.asList(Region.values());
	}
}
