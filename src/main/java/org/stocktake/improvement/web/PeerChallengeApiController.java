package org.stocktake.improvement.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.stocktake.improvement.ActionPlans;
import org.stocktake.improvement.ChallengeSearch;
import org.stocktake.improvement.Coverage;
import org.stocktake.improvement.IllegalTransitionException;
import org.stocktake.improvement.NewAction;
import org.stocktake.improvement.NewPeerChallenge;
import org.stocktake.improvement.PeerChallenge;
import org.stocktake.improvement.PeerChallenges;
import org.stocktake.improvement.PlannedAction;
import org.stocktake.improvement.Product;
import org.stocktake.improvement.Transition;
import org.stocktake.platform.web.PageRequest;
import org.stocktake.platform.web.Paged;
import org.stocktake.platform.web.Problems;
import org.stocktake.register.Register;

@RestController
@Tag(name = "Improvement offer", description = "The offer's products, peer challenges through their life, published reports and coverage")
class PeerChallengeApiController {

	private final PeerChallenges challenges;
	private final ActionPlans actionPlans;
	private final Register register;

	PeerChallengeApiController(PeerChallenges challenges, ActionPlans actionPlans, Register register) {
		this.challenges = challenges;
		this.actionPlans = actionPlans;
		this.register = register;
	}

	@GetMapping("/api/v1/offer")
	@Operation(summary = "The products of the improvement offer (public)")
	List<Product> offer() {
		return challenges.offer();
	}

	@GetMapping("/api/v1/peer-challenges")
	@Operation(summary = "Peer challenges (officers; a council's user sees its own authority's)",
			description = "Filters: state, product, region (ONS code), year (calendar year of the visit, or of the enquiry before one), area (GSS code).")
	Paged<ChallengeJson> list(@RequestParam(required = false) String state, @RequestParam(required = false) String product,
			@RequestParam(required = false) String region, @RequestParam(required = false) String year,
			@RequestParam(required = false) String area, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, Authentication auth) {
		String own = ChallengeReaders.ownAuthority(auth, register);
		ChallengeSearch search = Filters.read(state, product, region, year, own != null ? own : area);
		LocalDate today = challenges.today();
		return challenges.search(search, PageRequest.of(page, size)).map(c -> ChallengeJson.of(c, today));
	}

	@GetMapping("/api/v1/peer-challenges/published")
	@Operation(summary = "Published peer-challenge reports (public)", description = "Filters as for the list: product, region, year, area.")
	Paged<ChallengeJson.Published> published(@RequestParam(required = false) String product, @RequestParam(required = false) String region,
			@RequestParam(required = false) String year, @RequestParam(required = false) String area,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return challenges.published(Filters.read(null, product, region, year, area), PageRequest.of(page, size))
			.map(ChallengeJson.Published::of);
	}

	@PostMapping("/api/v1/peer-challenges")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record an enquiry for a peer challenge (officers; a council's user for its own authority)",
			description = "Body: area (GSS code), product (an id from /api/v1/offer), and optionally enquiryOn, follows (the earlier "
					+ "challenge's id, required for a follow-up visit), challengeManager, scope, councilPriorities, keyLinesOfEnquiry.")
	ChallengeJson request(@RequestBody NewPeerChallenge body, Authentication auth) {
		ChallengeReaders.checkMayRequestFor(auth, body.area(), register);
		return ChallengeJson.of(challenges.request(body), challenges.today());
	}

	@GetMapping("/api/v1/peer-challenges/{id:[0-9]+}")
	@Operation(summary = "A peer challenge with its team, history and allowed next steps")
	ChallengeJson get(@PathVariable long id, Authentication auth) {
		PeerChallenge challenge = challenges.get(id);
		ChallengeReaders.checkMaySee(auth, challenge, register);
		return ChallengeJson.of(challenge, challenges.today());
	}

	@PostMapping("/api/v1/peer-challenges/{id:[0-9]+}/transitions")
	@Operation(summary = "Take the next step in a challenge's life (officers)",
			description = "Body: {\"to\": \"<STATE>\", \"on\": date (today when left out)} and what the step records: onSiteStart and "
					+ "onSiteEnd for ON_SITE; leadMemberPeer, leadOfficerPeer, peers (directory ids or refs) for TEAM_CONFIRMED; link for "
					+ "PUBLISHED; reason for PUBLICATION_DECLINED and for closing before the follow-up. A step the current state does not "
					+ "allow answers 409 naming the current state and the allowed next states.")
	ChallengeJson transition(@PathVariable long id, @RequestBody TransitionJson body) {
		return ChallengeJson.of(challenges.transition(id, body.toTransition()), challenges.today());
	}

	@GetMapping("/api/v1/peer-challenges/{id:[0-9]+}/actions")
	@Operation(summary = "A challenge's action plan (officers and the authority's own users)")
	List<PlannedAction> actions(@PathVariable long id, Authentication auth) {
		ChallengeReaders.checkMaySee(auth, challenges.get(id), register);
		return actionPlans.of(id);
	}

	@PostMapping("/api/v1/peer-challenges/{id:[0-9]+}/actions")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a line to a challenge's action plan (officers and the authority's own users)",
			description = "Body: recommendation, action, owner, dueDate. Possible once the team has been on site, until the challenge closes.")
	PlannedAction addAction(@PathVariable long id, @RequestBody NewAction body, Authentication auth) {
		ChallengeReaders.checkMaySee(auth, challenges.get(id), register);
		return actionPlans.add(id, body);
	}

	record StatusJson(String status) {
	}

	@PostMapping("/api/v1/peer-challenges/{id:[0-9]+}/actions/{actionId:[0-9]+}")
	@Operation(summary = "Change an action's status: OPEN, DONE or CANCELLED (officers and the authority's own users)")
	PlannedAction actionStatus(@PathVariable long id, @PathVariable long actionId, @RequestBody StatusJson body, Authentication auth) {
		ChallengeReaders.checkMaySee(auth, challenges.get(id), register);
		return actionPlans.setStatus(id, actionId, body.status());
	}

	@GetMapping("/api/v1/peer-challenges/coverage")
	@Operation(summary = "Authorities with and without a product delivered in the last years (officers)",
			description = "Defaults: years=4, product=corporate-peer-challenge. A challenge counts from its first day on site.")
	Coverage coverage(@RequestParam(defaultValue = "4") int years,
			@RequestParam(defaultValue = Product.CORPORATE_PEER_CHALLENGE) String product) {
		return challenges.coverage(years, product);
	}

	@ExceptionHandler(IllegalTransitionException.class)
	ProblemDetail illegal(IllegalTransitionException ex) {
		ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, ex.getMessage());
		problem.setProperty("currentState", ex.current());
		problem.setProperty("requestedState", ex.requested());
		problem.setProperty("allowedNextStates", ex.allowed());
		return problem;
	}

	/** The transition body; {@code peers} may be a list or one comma-separated text. */
	record TransitionJson(String to, String on, String onSiteStart, String onSiteEnd, String link, String reason, String leadMemberPeer,
			String leadOfficerPeer, List<String> peers, String note) {

		Transition toTransition() {
			return new Transition(to, on, onSiteStart, onSiteEnd, link, reason, leadMemberPeer, leadOfficerPeer,
					peers == null ? null : String.join(",", peers), note);
		}
	}
}
