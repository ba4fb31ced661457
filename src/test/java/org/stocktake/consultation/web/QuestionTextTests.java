package org.stocktake.consultation.web;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.stocktake.consultation.Condition;
import org.stocktake.consultation.NewQuestion;
import org.stocktake.consultation.NewSection;
import org.stocktake.consultation.QuestionType;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Questions written as text")
class QuestionTextTests {

	@Test
	@DisplayName("become sections and numbered questions with their kind, options, help and condition")
	void parsed() {
		List<NewSection> sections = QuestionText.parse("""
				## Key principles
				1. Are the principles still the right ones? [single, required]
				- Yes
				- No
				2. If you answered no, what instead? [text, if 1 = No]
				help: A sentence or two
				3. How useful was the event? [scale 1-4 poor/excellent]
				""");
		assertThat(sections).hasSize(1);
		NewQuestion q1 = sections.get(0).questions().get(0);
		assertThat(q1.key()).isEqualTo("q1");
		assertThat(q1.type()).isEqualTo(QuestionType.SINGLE_CHOICE);
		assertThat(q1.required()).isTrue();
		assertThat(q1.options()).containsExactly("Yes", "No");
		NewQuestion q2 = sections.get(0).questions().get(1);
		assertThat(q2.shownWhen()).isEqualTo(new Condition("q1", List.of("No")));
		assertThat(q2.help()).isEqualTo("A sentence or two");
		NewQuestion q3 = sections.get(0).questions().get(2);
		assertThat(q3.scaleMin()).isEqualTo(1);
		assertThat(q3.scaleMaxLabel()).isEqualTo("excellent");
	}
}
