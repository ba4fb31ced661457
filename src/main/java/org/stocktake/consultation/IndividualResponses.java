package org.stocktake.consultation;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stocktake.consultation.internal.ResponseRepository;
import org.stocktake.consultation.internal.ResponseRepository.StoredResponse;
import org.stocktake.consultation.internal.ResponseRepository.View;
import org.stocktake.platform.audit.AuditLog;
import org.stocktake.platform.security.Role;
import org.stocktake.platform.security.SignedInUser;
import org.stocktake.platform.security.UserAdministration;
import org.stocktake.platform.web.ForbiddenException;
import org.stocktake.platform.web.NotFoundException;

/**
 * Individual responses, for analysts only: an officer holding the {@code CONSULTATION_ANALYST}
 * grant (scope: a questionnaire's slug, or empty for all), or an admin. Every reading of a response
 * is recorded with who read it; earlier, replaced versions are shown to admins only.
 */
@Service
public class IndividualResponses {

	/** The grant an admin gives an officer to read individual responses. */
	public static final String ANALYST = "CONSULTATION_ANALYST";

	/** A response as an analyst reads it. */
	public record Reading(ResponseLink link, StoredResponse current, List<StoredResponse> earlier, List<View> views) {
	}

	/** One line of the list of responses; the list itself names respondents, so it is analysts' only. */
	public record Line(long linkId, String name, String authorityGss, String role, int version, boolean consent, String channel,
			java.time.Instant submittedAt) {
	}

	private final Consultations consultations;
	private final ResponseRepository responses;
	private final UserAdministration users;

	IndividualResponses(Consultations consultations, ResponseRepository responses, UserAdministration users) {
		this.consultations = consultations;
		this.responses = responses;
		this.users = users;
	}

	public boolean mayRead(Authentication auth, Questionnaire q) {
		if (auth == null || !(auth.getPrincipal() instanceof SignedInUser user)) {
			return false;
		}
		if (user.role() == Role.ADMIN) {
			return true;
		}
		return user.role() == Role.OFFICER && (users.hasGrant(user.id(), ANALYST, "") || users.hasGrant(user.id(), ANALYST, q.slug()));
	}

	public static boolean admin(Authentication auth) {
		return auth != null && auth.getPrincipal() instanceof SignedInUser user && user.role() == Role.ADMIN;
	}

	public List<Line> list(Authentication auth, Questionnaire q) {
		require(auth, q);
		return responses.current(q.id(), java.util.Map.of()).stream()
			.map(r -> new Line(r.link().id(), r.link().name() == null ? r.link().email() : r.link().name(), r.link().authorityGss(), r.link().role(),
					r.version(), r.consent(), r.channel(), r.submittedAt()))
			.toList();
	}

	/** Reads one response, recording the reading. */
	@Transactional
	public Reading read(Authentication auth, Questionnaire q, long linkId) {
		require(auth, q);
		ResponseLink link = consultations.link(linkId).filter(l -> l.questionnaireId() == q.id())
			.orElseThrow(() -> new NotFoundException("There is no such response"));
		List<StoredResponse> versions = responses.versions(linkId);
		if (versions.isEmpty()) {
			throw new NotFoundException("Nothing has been submitted through this link");
		}
		responses.recordView(linkId, AuditLog.currentActor(), admin(auth) ? "ADMIN_READ" : "ANALYST_READ");
		List<StoredResponse> earlier = admin(auth) ? versions.subList(1, versions.size()) : List.of();
		return new Reading(link, versions.get(0), earlier, responses.views(linkId));
	}

	private void require(Authentication auth, Questionnaire q) {
		if (!mayRead(auth, q)) {
			throw new ForbiddenException("Only analysts may read individual responses");
		}
	}
}
