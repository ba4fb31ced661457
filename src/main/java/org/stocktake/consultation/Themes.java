package org.stocktake.consultation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stocktake.consultation.internal.ResponseRepository.StoredResponse;
import org.stocktake.consultation.internal.ThemeRepository;
import org.stocktake.platform.audit.AuditLog;
import org.stocktake.platform.web.BadRequestException;
import org.stocktake.platform.web.NotFoundException;

/**
 * Coding free-text answers by theme: officers tag answers (themes are created as they are named),
 * count them, search the answers, and ask for suggested groups of similar answers. Suggestions come
 * from clustering the answers' TF-IDF vectors and are only ever applied when an officer accepts one.
 * Answers are shown without the respondent's identity.
 */
@Service
public class Themes {

	/** A current answer to a free-text question, with the themes it is tagged with; {@code linkId} is an opaque handle. */
	public record FreeTextAnswer(long linkId, String text, List<String> themes) {
	}

	public record ThemeCount(String theme, long answers) {
	}

	/** A suggested group of similar answers, labelled by their most distinctive words. */
	public record Suggestion(String label, List<Long> linkIds, List<String> excerpts) {
	}

	/** Clustering is quadratic and more; beyond this many untagged answers, suggestions cover the first ones. */
	static final int MAX_CLUSTERED = 400;

	private final Consultations consultations;
	private final ThemeRepository themes;
	private final AuditLog audit;

	Themes(Consultations consultations, ThemeRepository themes, AuditLog audit) {
		this.consultations = consultations;
		this.themes = themes;
		this.audit = audit;
	}

	public List<Question> freeTextQuestions(Questionnaire q) {
		return q.questions().stream().filter(x -> x.type() == QuestionType.FREE_TEXT).toList();
	}

	public List<FreeTextAnswer> answers(Questionnaire q, String questionKey, String search) {
		requireFreeText(q, questionKey);
		Map<Long, List<String>> tagged = new LinkedHashMap<>();
		themes.tags(q.id(), questionKey).forEach(t -> tagged.computeIfAbsent(t.linkId(), k -> new ArrayList<>()).add(t.theme()));
		String needle = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
		List<FreeTextAnswer> answers = new ArrayList<>();
		for (StoredResponse r : consultations.currentResponses(q.id(), Map.of())) {
			String text = r.answers().first(questionKey);
			if (text != null && (needle.isEmpty() || text.toLowerCase(Locale.ROOT).contains(needle))) {
				answers.add(new FreeTextAnswer(r.link().id(), text, tagged.getOrDefault(r.link().id(), List.of())));
			}
		}
		return answers;
	}

	public List<ThemeCount> counts(Questionnaire q, String questionKey) {
		Map<String, Long> counts = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		for (FreeTextAnswer a : answers(q, questionKey, null)) {
			a.themes().forEach(t -> counts.merge(t, 1L, Long::sum));
		}
		return counts.entrySet().stream().map(e -> new ThemeCount(e.getKey(), e.getValue()))
			.sorted(Comparator.comparingLong(ThemeCount::answers).reversed()).toList();
	}

	public List<String> themeNames(Questionnaire q) {
		return themes.themes(q.id());
	}

	/** Tags the answers with the theme, creating the theme if it is new. @return how many answers were newly tagged */
	@Transactional
	public int tag(Questionnaire q, String questionKey, String theme, List<Long> linkIds) {
		requireFreeText(q, questionKey);
		if (theme == null || theme.isBlank() || theme.strip().length() > 120) {
			throw new BadRequestException("theme", theme, "Enter a theme of at most 120 characters");
		}
		long themeId = themes.themeId(q.id(), theme.strip(), AuditLog.currentActor());
		int tagged = 0;
		for (Long linkId : linkIds) {
			consultations.link(linkId).filter(l -> l.questionnaireId() == q.id()).orElseThrow(() -> new NotFoundException("There is no such answer"));
			if (themes.tag(linkId, questionKey, themeId, AuditLog.currentActor())) {
				tagged++;
			}
		}
		audit.created("answer_theme", q.id() + "/" + questionKey, "Tagged " + tagged + " answers '" + theme.strip() + "'",
				Map.of("theme", theme.strip(), "links", linkIds));
		return tagged;
	}

	@Transactional
	public void untag(Questionnaire q, String questionKey, String theme, long linkId) {
		if (themes.untag(linkId, questionKey, q.id(), theme) > 0) {
			audit.deleted("answer_theme", q.id() + "/" + questionKey + "/" + linkId, "Removed theme '" + theme + "'", Map.of("theme", theme));
		}
	}

	/** Suggested groups of similar answers not yet sharing a theme; nothing is tagged until an officer accepts one. */
	public List<Suggestion> suggest(Questionnaire q, String questionKey) {
		List<FreeTextAnswer> answers = answers(q, questionKey, null).stream().filter(a -> a.themes().isEmpty()).limit(MAX_CLUSTERED).toList();
		List<TextClusters.Cluster> clusters = TextClusters.cluster(answers.stream().map(FreeTextAnswer::text).toList());
		List<Suggestion> suggestions = new ArrayList<>();
		for (TextClusters.Cluster c : clusters) {
			List<Long> ids = c.members().stream().map(i -> answers.get(i).linkId()).toList();
			List<String> excerpts = c.members().stream().limit(3).map(i -> excerpt(answers.get(i).text())).toList();
			suggestions.add(new Suggestion(String.join(", ", c.terms()), ids, excerpts));
		}
		return suggestions;
	}

	private static String excerpt(String text) {
		return text.length() <= 140 ? text : text.substring(0, 137) + "…";
	}

	private void requireFreeText(Questionnaire q, String key) {
		Question question = q.question(key).orElseThrow(() -> new NotFoundException("There is no question " + key));
		if (question.type() != QuestionType.FREE_TEXT) {
			throw new BadRequestException("question", key, "Themes are for free-text questions");
		}
	}
}
