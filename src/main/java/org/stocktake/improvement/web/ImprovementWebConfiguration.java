package org.stocktake.improvement.web;

import java.util.List;
import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.stocktake.improvement.PeerChallenge;
import org.stocktake.improvement.PeerChallenges;
import org.stocktake.platform.web.Navigation;
import org.stocktake.register.Area;
import org.stocktake.register.AreaSection;

@Configuration(proxyBeanMethods = false)
class ImprovementWebConfiguration {

	@Bean
	Navigation peerChallengesNavigation() {
		return new Navigation(60, "/peer-challenges", "nav.peerChallenges", Navigation.withRole("COUNCIL", "OFFICER", "ADMIN"));
	}

	@Bean
	Navigation peerChallengeReportsNavigation() {
		return new Navigation(61, "/peer-challenges/published", "nav.peerChallengeReports", Navigation.everyone());
	}

	/** An authority's published peer-challenge reports on its register page (public, like the list). */
	@Bean
	AreaSection peerChallengesSection(PeerChallenges challenges) {
		return new AreaSection() {
			@Override
			public int order() {
				return 45;
			}

			@Override
			public Optional<View> render(Area area) {
				List<PeerChallenge> published = challenges.ofArea(area).stream().filter(c -> c.publishedOn() != null && c.reportLink() != null)
					.toList();
				return Optional.of(new View("improvement/area-section", "section", new Section(area.gssCode(), published)));
			}
		};
	}

	record Section(String gssCode, List<PeerChallenge> published) {
	}
}
