package org.stocktake.people.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stocktake.people.Party;
import org.stocktake.people.Person;
import org.stocktake.people.PersonRole;
import org.stocktake.people.PersonSearch;
import org.stocktake.people.PersonType;
import org.stocktake.people.RoleType;
import org.stocktake.platform.web.PageRequest;
import org.stocktake.platform.web.Paged;
import org.stocktake.register.Region;

/** The directory's SQL, returning records. */
@Repository
public class PersonRepository {

	private static final String SELECT_PERSON = """
			select p.id, p.ref, p.name, p.person_type, p.area_code, a.gss_code, a.name as area_name, p.party, p.email, p.phone, p.fictitious
			from person p left join area a on a.code = p.area_code
			""";

	private final JdbcClient jdbc;

	PersonRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Person> find(long id) {
		return withRoles(jdbc.sql(SELECT_PERSON + " where p.id = ?").param(id).query(PersonRepository::person).list()).stream().findFirst();
	}

	public Optional<Person> findByRef(String ref) {
		return withRoles(jdbc.sql(SELECT_PERSON + " where p.ref = ?").param(ref).query(PersonRepository::person).list()).stream().findFirst();
	}

	/**
	 * One page of the people matching {@code search} that its reader may see; {@code ownAreaCode} is
	 * the register code of a council reader's own authority.
	 */
	public Paged<Person> search(PersonSearch search, String areaCode, String ownAreaCode, PageRequest page, LocalDate today) {
		StringBuilder where = new StringBuilder(" where true");
		List<Object> params = new ArrayList<>();
		if (!search.visibility().all()) {
			where.append(" and (p.person_type = 'COUNCILLOR'");
			if (ownAreaCode != null) {
				where.append(" or p.area_code = ?");
				params.add(ownAreaCode);
			}
			where.append(")");
		}
		if (search.q() != null && !search.q().isBlank()) {
			for (String word : search.q().trim().toLowerCase(Locale.ROOT).split("\\s+")) {
				where.append(" and p.search_text ilike ?");
				params.add("%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
			}
		}
		if (areaCode != null) {
			where.append(" and p.area_code = ?");
			params.add(areaCode);
		}
		if (search.party() != null) {
			where.append(" and p.party = ?");
			params.add(search.party().name());
		}
		if (search.type() != null) {
			where.append(" and p.person_type = ?");
			params.add(search.type().name());
		}
		if (search.role() != null || search.region() != null) {
			where.append(" and exists (select 1 from person_role r where r.person_id = p.id"
					+ " and (r.start_date is null or r.start_date <= ?) and (r.end_date is null or r.end_date >= ?)");
			params.add(today);
			params.add(today);
			if (search.role() != null) {
				where.append(" and r.role_type = ?");
				params.add(search.role().name());
			}
			if (search.region() != null) {
				where.append(" and r.region = ?");
				params.add(search.region().code());
			}
			where.append(")");
		}
		long total = jdbc.sql("select count(*) from person p" + where).params(params).query(Long.class).single();
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(page.size());
		pageParams.add(page.offset());
		List<Person> items = withRoles(jdbc.sql(SELECT_PERSON + where + " order by p.name, p.id limit ? offset ?")
			.params(pageParams)
			.query(PersonRepository::person)
			.list());
		return new Paged<>(items, page.page(), page.size(), total);
	}

	/** Every stored person as an import compares them, by ref. */
	Map<String, PersonState> statesByRef() {
		Map<Long, List<PersonState.RoleState>> roles = new HashMap<>();
		jdbc.sql("select person_id, role_type, title, region, start_date, end_date from person_role")
			.query((rs, i) -> Map.entry(rs.getLong("person_id"), roleState(rs)))
			.list()
			.forEach(e -> roles.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		Map<String, PersonState> states = new LinkedHashMap<>();
		jdbc.sql(SELECT_PERSON).query((rs, i) -> {
			String party = rs.getString("party");
			return new PersonState(rs.getString("ref"), rs.getString("name"), PersonType.valueOf(rs.getString("person_type")),
					rs.getString("area_code"), rs.getString("gss_code"), party == null ? null : Party.valueOf(party), rs.getString("email"),
					rs.getString("phone"), rs.getBoolean("fictitious"), roles.getOrDefault(rs.getLong("id"), List.of()));
		}).list().forEach(s -> states.put(s.ref(), s));
		return states;
	}

	Optional<PersonState> state(long id) {
		return find(id).flatMap(p -> Optional.ofNullable(statesByRef().get(p.ref())));
	}

	long insert(PersonState s) {
		long id = jdbc.sql("""
				insert into person (ref, name, person_type, area_code, party, email, phone, fictitious, search_text)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(s.ref(), s.name(), s.type().name(), s.areaCode(), s.party() == null ? null : s.party().name(), s.email(), s.phone(),
					s.fictitious(), searchText(s))
			.query(Long.class)
			.single();
		insertRoles(id, s.roles());
		return id;
	}

	void update(PersonState s) {
		long id = jdbc.sql("""
				update person set name = ?, person_type = ?, area_code = ?, party = ?, email = ?, phone = ?, fictitious = ?,
				    search_text = ?, updated_at = now()
				where ref = ? returning id""")
			.params(s.name(), s.type().name(), s.areaCode(), s.party() == null ? null : s.party().name(), s.email(), s.phone(),
					s.fictitious(), searchText(s), s.ref())
			.query(Long.class)
			.single();
		jdbc.sql("delete from person_role where person_id = ?").param(id).update();
		insertRoles(id, s.roles());
	}

	long count() {
		return jdbc.sql("select count(*) from person").query(Long.class).single();
	}

	void delete(long id) {
		jdbc.sql("delete from person where id = ?").param(id).update();
	}

	private void insertRoles(long personId, List<PersonState.RoleState> roles) {
		for (PersonState.RoleState r : roles) {
			jdbc.sql("insert into person_role (person_id, role_type, title, region, start_date, end_date) values (?, ?, ?, ?, ?, ?)")
				.params(personId, r.type().name(), r.title(), r.region(), r.startDate(), r.endDate())
				.update();
		}
	}

	private static String searchText(PersonState s) {
		return s.name().toLowerCase(Locale.ROOT);
	}

	private List<Person> withRoles(List<Person> people) {
		if (people.isEmpty()) {
			return people;
		}
		Long[] ids = people.stream().map(Person::id).toArray(Long[]::new);
		Map<Long, List<PersonRole>> roles = new HashMap<>();
		jdbc.sql("""
				select id, person_id, role_type, title, region, start_date, end_date from person_role
				where person_id = any(?) order by start_date desc nulls last, role_type, id""")
			.param(ids)
			.query((rs, i) -> Map.entry(rs.getLong("person_id"), role(rs)))
			.list()
			.forEach(e -> roles.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		return people.stream()
			.map(p -> new Person(p.id(), p.ref(), p.name(), p.type(), p.authorityGssCode(), p.authorityName(), p.party(), p.email(),
					p.phone(), p.fictitious(), roles.getOrDefault(p.id(), List.of())))
			.toList();
	}

	private static Person person(ResultSet rs, int row) throws SQLException {
		String party = rs.getString("party");
		return new Person(rs.getLong("id"), rs.getString("ref"), rs.getString("name"), PersonType.valueOf(rs.getString("person_type")),
				rs.getString("gss_code"), rs.getString("area_name"), party == null ? null : Party.valueOf(party), rs.getString("email"),
				rs.getString("phone"), rs.getBoolean("fictitious"), List.of());
	}

	private static PersonRole role(ResultSet rs) throws SQLException {
		String region = rs.getString("region");
		return new PersonRole(rs.getLong("id"), RoleType.valueOf(rs.getString("role_type")), rs.getString("title"),
				region == null ? null : Region.ofCode(region), date(rs.getDate("start_date")), date(rs.getDate("end_date")));
	}

	private static PersonState.RoleState roleState(ResultSet rs) throws SQLException {
		return new PersonState.RoleState(RoleType.valueOf(rs.getString("role_type")), rs.getString("title"), rs.getString("region"),
				date(rs.getDate("start_date")), date(rs.getDate("end_date")));
	}

	private static LocalDate date(Date date) {
		return date == null ? null : date.toLocalDate();
	}
}
