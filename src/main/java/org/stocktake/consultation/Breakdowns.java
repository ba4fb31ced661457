package org.stocktake.consultation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.stocktake.consultation.Breakdown.Column;
import org.stocktake.consultation.Breakdown.Dimension;
import org.stocktake.consultation.Breakdown.Group;
import org.stocktake.consultation.Breakdown.QuestionBreakdown;
import org.stocktake.consultation.Results.OptionCount;
import org.stocktake.consultation.internal.ResponseRepository.StoredResponse;
import org.stocktake.register.Area;
import org.stocktake.register.Register;

/** Splits results by council type, region or respondent role, from the register and the link's respondent. */
@Service
public class Breakdowns {

	static final String UNKNOWN = "UNKNOWN";

	private final Consultations consultations;
	private final Register register;
	private final MessageSource messages;

	Breakdowns(Consultations consultations, Register register, MessageSource messages) {
		this.consultations = consultations;
		this.register = register;
		this.messages = messages;
	}

	public Breakdown breakdown(long questionnaireId, Dimension dimension, ResultQuery query) {
		Questionnaire q = consultations.get(questionnaireId);
		int minimum = consultations.minimumCell(q, query);
		Map<String, List<Answers>> byGroup = new LinkedHashMap<>();
		for (StoredResponse r : consultations.currentResponses(questionnaireId, query.tags())) {
			byGroup.computeIfAbsent(groupOf(r.link(), dimension), k -> new ArrayList<>()).add(r.answers());
		}
		List<Group> groups = byGroup.keySet().stream().sorted(Comparator.comparing((String c) -> c.equals(UNKNOWN)).thenComparing(c -> c))
			.map(c -> new Group(c, label(dimension, c))).toList();
		List<QuestionBreakdown> questions = new ArrayList<>();
		for (Question question : q.questions()) {
			List<String> categories = Tally.categories(question);
			if (categories.isEmpty()) {
				continue;
			}
			List<Column> columns = new ArrayList<>();
			for (Group g : groups) {
				List<Answers> answered = byGroup.get(g.code()).stream().filter(a -> a.has(question.key())).toList();
				columns.add(column(g, question, categories, answered));
			}
			questions.add(new QuestionBreakdown(question.key(), question.number(), question.text(), categories, suppress(columns, minimum)));
		}
		return new Breakdown(q.id(), dimension, minimum, groups, questions);
	}

	private static Column column(Group g, Question question, List<String> categories, List<Answers> answered) {
		long n = answered.size();
		List<OptionCount> options = new ArrayList<>();
		for (String c : categories) {
			long count = answered.stream().filter(a -> a.get(question.key()).contains(c)).count();
			options.add(new OptionCount(c, count, Tally.percent(count, n)));
		}
		return new Column(g, n, false, options);
	}

	/**
	 * Hides columns on fewer than {@code minimum} respondents. A lone hidden column could be worked out
	 * by subtracting the others from the overall result, so the smallest shown column is hidden with it.
	 */
	static List<Column> suppress(List<Column> columns, int minimum) {
		boolean[] hidden = new boolean[columns.size()];
		int count = 0;
		for (int i = 0; i < columns.size(); i++) {
			if (columns.get(i).answered() > 0 && columns.get(i).answered() < minimum) {
				hidden[i] = true;
				count++;
			}
		}
		if (count == 1) {
			int smallest = -1;
			for (int i = 0; i < columns.size(); i++) {
				if (!hidden[i] && columns.get(i).answered() > 0 && (smallest < 0 || columns.get(i).answered() < columns.get(smallest).answered())) {
					smallest = i;
				}
			}
			if (smallest >= 0) {
				hidden[smallest] = true;
			}
		}
		List<Column> result = new ArrayList<>();
		for (int i = 0; i < columns.size(); i++) {
			Column c = columns.get(i);
			result.add(hidden[i] ? new Column(c.group(), null, true, c.options().stream().map(o -> new OptionCount(o.label(), null, null)).toList())
					: c);
		}
		return result;
	}

	private String groupOf(ResponseLink link, Dimension dimension) {
		if (dimension == Dimension.RESPONDENT_ROLE) {
			return link.role() == null ? UNKNOWN : link.role();
		}
		Area area = link.authorityGss() == null ? null : register.find(link.authorityGss()).orElse(null);
		if (area == null) {
			return UNKNOWN;
		}
		if (dimension == Dimension.REGION) {
			return area.region() == null ? UNKNOWN : area.region().code();
		}
		return area.type().name();
	}

	private String label(Dimension dimension, String code) {
		if (code.equals(UNKNOWN)) {
			return messages.getMessage("consultation.breakdown.unknown", null, "Not known", Locale.UK);
		}
		switch (dimension) {
			case REGION:
				return org.stocktake.register.Region.ofCode(code).displayName();
			case COUNCIL_TYPE:
				return messages.getMessage("areaType." + code, null, code, Locale.UK);
			default:
				return messages.getMessage("roleType." + code, null, code, Locale.UK);
		}
	}
}
