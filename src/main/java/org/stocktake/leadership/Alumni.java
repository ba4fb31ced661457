package org.stocktake.leadership;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.stocktake.people.Directory;
import org.stocktake.people.Person;
import org.stocktake.people.PersonRole;
import org.stocktake.people.RoleType;

/**
 * The Next Generation target (seed 004, Annex A): at least half of participants go on to be cabinet
 * members, committee chairs or leaders within the following five years. A role counts when it starts
 * after the cohort's last day and no more than five years later; a role with no start date cannot be
 * placed and does not count, nor does one already held before the cohort ended.
 */
@Service
public class Alumni {

	static final Set<RoleType> LEADERSHIP_ROLES = Set.of(RoleType.LEADER, RoleType.ELECTED_MAYOR, RoleType.CABINET_MEMBER, RoleType.COMMITTEE_CHAIR);

	private final Leadership leadership;
	private final Directory directory;
	private final Clock clock;

	Alumni(Leadership leadership, Directory directory, Clock clock) {
		this.leadership = leadership;
		this.directory = directory;
		this.clock = clock;
	}

	public List<AlumniCohort> cohorts(String programme) {
		String code = programme == null || programme.isBlank() ? "NXG" : programme.trim().toUpperCase(java.util.Locale.ROOT);
		LocalDate today = LocalDate.now(clock);
		List<AlumniCohort> cohorts = new ArrayList<>();
		for (LeadershipEvent event : leadership.events(code, null, null)) {
			LocalDate end = event.lastDay();
			if (end == null) {
				continue;
			}
			int participants = 0;
			int tookRole = 0;
			int notNamed = 0;
			for (Booking b : leadership.bookings(event.id())) {
				if (b.status() != BookingStatus.ATTENDED) {
					continue;
				}
				if (!b.named()) {
					notNamed++;
					continue;
				}
				participants++;
				Person person = directory.find(b.personId()).orElse(null);
				if (person != null && tookRoleWithinFiveYears(person, end)) {
					tookRole++;
				}
			}
			if (participants == 0 && notNamed == 0) {
				continue;
			}
			BigDecimal percent = participants == 0 ? null
					: BigDecimal.valueOf(tookRole * 100L).divide(BigDecimal.valueOf(participants), 1, RoundingMode.HALF_UP);
			cohorts.add(new AlumniCohort(event.id(), event.programmeCode(), event.title(), end, participants, tookRole, percent, notNamed,
					end.plusYears(5).isAfter(today), AlumniCohort.TARGET_PERCENT));
		}
		return cohorts;
	}

	static boolean tookRoleWithinFiveYears(Person person, LocalDate completedOn) {
		LocalDate limit = completedOn.plusYears(5);
		for (PersonRole role : person.roles()) {
			if (LEADERSHIP_ROLES.contains(role.type()) && role.startDate() != null && role.startDate().isAfter(completedOn)
					&& !role.startDate().isAfter(limit)) {
				return true;
			}
		}
		return false;
	}
}
