package org.stocktake.consultation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stocktake.consultation.Condition;
import org.stocktake.consultation.NewQuestion;
import org.stocktake.consultation.NewQuestionnaire;
import org.stocktake.consultation.NewSection;
import org.stocktake.consultation.Question;
import org.stocktake.consultation.QuestionType;
import org.stocktake.consultation.Questionnaire;
import org.stocktake.consultation.QuestionnaireKind;
import org.stocktake.consultation.Section;

/** Questionnaires with their sections, questions and options in PostgreSQL. */
@Repository
public class QuestionnaireRepository {

	private final JdbcClient jdbc;
	private final JsonMapper json;

	QuestionnaireRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	public long insert(NewQuestionnaire q, boolean demonstration, String actor) {
		long id = jdbc.sql("""
				insert into questionnaire (slug, kind, title, summary, opens_at, closes_at, minimum_cell, demonstration, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
				""")
			.params(q.slug(), q.kind().name(), q.title(), q.summary(), ts(q.opensAt() == null ? null : q.opensAt().toInstant()),
					ts(q.closesAt() == null ? null : q.closesAt().toInstant()), q.minimumCell(), demonstration, actor)
			.query(Long.class)
			.single();
		int sectionPosition = 0;
		int questionPosition = 0;
		for (NewSection s : q.sections()) {
			long sectionId = jdbc.sql("insert into questionnaire_section (questionnaire_id, position, title, intro) values (?, ?, ?, ?) returning id")
				.params(id, ++sectionPosition, s.title(), s.intro())
				.query(Long.class)
				.single();
			for (NewQuestion nq : s.questions()) {
				long questionId = jdbc.sql("""
						insert into question (questionnaire_id, section_id, position, key, number, text, help, type, required, scale_min, scale_max,
						    scale_min_label, scale_max_label, shown_when_key, shown_when_any)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb)) returning id
						""")
					.params(id, sectionId, ++questionPosition, nq.key(), nq.number(), nq.text(), nq.help(), nq.type().name(), nq.required(),
							nq.scaleMin(), nq.scaleMax(), nq.scaleMinLabel(), nq.scaleMaxLabel(),
							nq.shownWhen() == null ? null : nq.shownWhen().questionKey(),
							nq.shownWhen() == null ? null : json.writeValueAsString(nq.shownWhen().anyOf()))
					.query(Long.class)
					.single();
				int optionPosition = 0;
				for (String option : nq.options()) {
					insertOption(questionId, ++optionPosition, option);
				}
			}
		}
		return id;
	}

	public void insertOption(long questionId, int position, String label) {
		jdbc.sql("insert into question_option (question_id, position, label) values (?, ?, ?)").params(questionId, position, label).update();
	}

	public int nextOptionPosition(long questionId) {
		return jdbc.sql("select coalesce(max(position), 0) + 1 from question_option where question_id = ?").param(questionId)
			.query(Integer.class).single();
	}

	public int deleteOption(long questionId, String label) {
		return jdbc.sql("delete from question_option where question_id = ? and label = ?").params(questionId, label).update();
	}

	public void publish(long id, Instant at) {
		jdbc.sql("update questionnaire set status = 'PUBLISHED', published_at = ? where id = ?").params(ts(at), id).update();
	}

	public void setResultsPublished(long id, boolean published) {
		jdbc.sql("update questionnaire set results_published = ? where id = ?").params(published, id).update();
	}

	public void setClosesAt(long id, Instant closesAt) {
		jdbc.sql("update questionnaire set closes_at = ? where id = ?").params(ts(closesAt), id).update();
	}

	public Optional<Questionnaire> find(long id) {
		return jdbc.sql("select * from questionnaire where id = ?").param(id).query((rs, n) -> header(rs)).optional().map(this::withSections);
	}

	public Optional<Questionnaire> findBySlug(String slug) {
		return jdbc.sql("select * from questionnaire where slug = ?").param(slug).query((rs, n) -> header(rs)).optional()
			.map(this::withSections);
	}

	/** Every questionnaire, newest closing first, without their questions. */
	public List<Questionnaire> list() {
		return jdbc.sql("select * from questionnaire order by coalesce(closes_at, created_at) desc, id desc").query((rs, n) -> header(rs)).list();
	}

	private Questionnaire withSections(Questionnaire header) {
		Map<Long, List<String>> options = new LinkedHashMap<>();
		jdbc.sql("""
				select o.question_id, o.label from question_option o join question q on q.id = o.question_id
				where q.questionnaire_id = ? order by o.question_id, o.position
				""").param(header.id()).query(rs -> {
			options.computeIfAbsent(rs.getLong("question_id"), k -> new ArrayList<>()).add(rs.getString("label"));
		});
		Map<Long, List<Question>> questions = new LinkedHashMap<>();
		jdbc.sql("select * from question where questionnaire_id = ? order by position").param(header.id()).query(rs -> {
			Question q = question(rs, options.getOrDefault(rs.getLong("id"), List.of()));
			questions.computeIfAbsent(rs.getLong("section_id"), k -> new ArrayList<>()).add(q);
		});
		List<Section> sections = jdbc.sql("select * from questionnaire_section where questionnaire_id = ? order by position").param(header.id())
			.query((rs, n) -> new Section(rs.getLong("id"), rs.getString("title"), rs.getString("intro"),
					questions.getOrDefault(rs.getLong("id"), List.of())))
			.list();
		return new Questionnaire(header.id(), header.slug(), header.kind(), header.title(), header.summary(), header.status(), header.opensAt(),
				header.closesAt(), header.resultsPublished(), header.minimumCell(), header.demonstration(), sections);
	}

	private Question question(ResultSet rs, List<String> options) throws SQLException {
		Condition condition = null;
		if (rs.getString("shown_when_key") != null) {
			List<String> any = json.readValue(rs.getString("shown_when_any"), new TypeReference<List<String>>() {
			});
			condition = new Condition(rs.getString("shown_when_key"), any);
		}
		return new Question(rs.getLong("id"), rs.getString("key"), rs.getString("number"), rs.getString("text"), rs.getString("help"),
				QuestionType.valueOf(rs.getString("type")), rs.getBoolean("required"), options, (Integer) rs.getObject("scale_min"),
				(Integer) rs.getObject("scale_max"), rs.getString("scale_min_label"), rs.getString("scale_max_label"), condition);
	}

	private static Questionnaire header(ResultSet rs) throws SQLException {
		return new Questionnaire(rs.getLong("id"), rs.getString("slug"), QuestionnaireKind.valueOf(rs.getString("kind")), rs.getString("title"),
				rs.getString("summary"), Questionnaire.Status.valueOf(rs.getString("status")), instant(rs, "opens_at"), instant(rs, "closes_at"),
				rs.getBoolean("results_published"), (Integer) rs.getObject("minimum_cell"), rs.getBoolean("demonstration"), List.of());
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	static Timestamp ts(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}
}
