/**
 * The improvement offer: the products councils can ask for (peer challenges, peer reviews,
 * diagnostics, follow-up visits) and each peer challenge's life from enquiry to closure, with the
 * coverage figures other modules read through {@link org.stocktake.improvement.PeerChallenges}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Improvement", allowedDependencies = { "platform", "register", "people" })
package org.stocktake.improvement;
