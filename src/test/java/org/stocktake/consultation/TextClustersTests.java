package org.stocktake.consultation;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Suggested themes")
class TextClustersTests {

	@Test
	@DisplayName("group answers that share distinctive words and leave unrelated ones alone")
	void groups() {
		List<String> answers = List.of("More funding for peer challenge teams", "Ofsted inspection is too onerous for children's services",
				"Peer challenge should be funded properly", "The Ofsted inspection framework for children's services needs reform",
				"Nothing to add");
		List<TextClusters.Cluster> clusters = TextClusters.cluster(answers);
		assertThat(clusters).extracting(TextClusters.Cluster::members).containsExactlyInAnyOrder(List.of(0, 2), List.of(1, 3));
		assertThat(clusters.stream().flatMap(c -> c.terms().stream())).contains("peer", "ofsted");
	}

	@Test
	@DisplayName("are the same every time for the same answers")
	void deterministic() {
		List<String> answers = List.of("scrutiny training for councillors", "councillors need scrutiny training", "data on performance",
				"comparative performance data");
		assertThat(TextClusters.cluster(answers)).isEqualTo(TextClusters.cluster(answers));
	}
}
