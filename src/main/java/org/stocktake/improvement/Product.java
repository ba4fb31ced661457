package org.stocktake.improvement;

/**
 * A product of the improvement offer. {@code daysOnSite} is its usual length where a source states it;
 * {@code maxDaysOnSite} is what a visit may last (weekdays). A product that {@code refersToEarlier}
 * (the follow-up visit) always names the challenge it follows.
 */
public record Product(String id, String name, Integer daysOnSite, int maxDaysOnSite, String teamComposition, String scopeTemplate,
		String funding, boolean refersToEarlier) {

	public static final String CORPORATE_PEER_CHALLENGE = "corporate-peer-challenge";
	public static final String FIRE_PEER_CHALLENGE = "fire-peer-challenge";
	public static final String FOLLOW_UP_VISIT = "follow-up-visit";
}
