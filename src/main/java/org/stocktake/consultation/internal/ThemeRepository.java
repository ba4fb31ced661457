package org.stocktake.consultation.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Themes of a questionnaire and the answers tagged with them. */
@Repository
public class ThemeRepository {

	public record Tag(long linkId, String questionKey, String theme) {
	}

	private final JdbcClient jdbc;

	ThemeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long themeId(long questionnaireId, String name, String actor) {
		Optional<Long> existing = jdbc.sql("select id from response_theme where questionnaire_id = ? and lower(name) = lower(?)")
			.params(questionnaireId, name).query(Long.class).optional();
		return existing.orElseGet(() -> jdbc.sql("insert into response_theme (questionnaire_id, name, created_by) values (?, ?, ?) returning id")
			.params(questionnaireId, name, actor).query(Long.class).single());
	}

	public boolean tag(long linkId, String questionKey, long themeId, String actor) {
		return jdbc.sql("insert into answer_theme (link_id, question_key, theme_id, tagged_by) values (?, ?, ?, ?) on conflict do nothing")
			.params(linkId, questionKey, themeId, actor).update() > 0;
	}

	public int untag(long linkId, String questionKey, long questionnaireId, String theme) {
		return jdbc.sql("""
				delete from answer_theme a using response_theme t where a.theme_id = t.id and t.questionnaire_id = ?
				and a.link_id = ? and a.question_key = ? and lower(t.name) = lower(?)
				""").params(questionnaireId, linkId, questionKey, theme).update();
	}

	public List<Tag> tags(long questionnaireId, String questionKey) {
		return jdbc.sql("""
				select a.link_id, a.question_key, t.name from answer_theme a join response_theme t on t.id = a.theme_id
				where t.questionnaire_id = ? and a.question_key = ? order by t.name
				""").params(questionnaireId, questionKey).query((rs, n) -> new Tag(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
	}

	public List<String> themes(long questionnaireId) {
		return jdbc.sql("select name from response_theme where questionnaire_id = ? order by lower(name)").param(questionnaireId)
			.query(String.class).list();
	}

}
