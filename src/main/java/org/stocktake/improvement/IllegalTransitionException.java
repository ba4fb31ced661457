package org.stocktake.improvement;

import java.util.Set;

/** A step the challenge's current state does not allow: says where it is and where it may go. */
public class IllegalTransitionException extends RuntimeException {

	private final ChallengeState current;
	private final ChallengeState requested;

	public IllegalTransitionException(ChallengeState current, ChallengeState requested) {
		super("A peer challenge in state " + current + " cannot move to " + requested + "; allowed next: "
				+ (current.next().isEmpty() ? "none (it is closed)" : current.next().toString()));
		this.current = current;
		this.requested = requested;
	}

	public ChallengeState current() {
		return current;
	}

	public ChallengeState requested() {
		return requested;
	}

	public Set<ChallengeState> allowed() {
		return current.next();
	}
}
