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

	@Bean
	Navigation peerPoolNavigation() {
		return new Navigation(62, "/peers", "nav.peerPool", Navigation.withRole("OFFICER", "ADMIN"));
	}

	@Bean
	Navigation figuresNavigation() {
		return new Navigation(64, "/peer-challenges/figures", "nav.figures", Navigation.withRole("MEMBER", "OFFICER", "ADMIN"));
	}

	@Bean
	Navigation supportNavigation() {
		return new Navigation(63, "/support", "nav.support", Navigation.withRole("OFFICER", "ADMIN"));
	}

	/** The kinds of support an authority has had and when, on its register page: no advisers, outcomes or savings. */
	@Bean
	AreaSection supportSection(org.stocktake.improvement.SupportEngagements engagements) {
		return new AreaSection() {
			@Override
			public int order() {
				return 46;
			}

			@Override
			public Optional<View> render(Area area) {
				return Optional.of(new View("improvement/support-section", "supportSection", engagements.ofArea(area)));
			}
		};
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
