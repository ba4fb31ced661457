package org.stocktake.improvement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stocktake.improvement.internal.PeerChallengeRepository;
import org.stocktake.improvement.internal.PeerChallengeRepository.Filter;
import org.stocktake.improvement.internal.PeerChallengeRepository.Row;
import org.stocktake.people.PersonType;
import org.stocktake.platform.audit.AuditLog;
import org.stocktake.platform.web.BadRequestException;
import org.stocktake.platform.web.NotFoundException;
import org.stocktake.platform.web.PageRequest;
import org.stocktake.platform.web.Paged;
import org.stocktake.platform.web.Problems.FieldError;
import org.stocktake.register.Area;
import org.stocktake.register.AreaType;
import org.stocktake.register.Register;

/**
 * The improvement offer and its peer challenges: requesting one, moving it through its life one named
 * step at a time ({@link ChallengeState}), and the coverage figures other modules read — for example
 * {@link #latestCorporatePeerChallenge(String)} for the oversight watchlist.
 */
@Service
public class PeerChallenges {

	private final PeerChallengeRepository repository;
	private final Register register;
	private final TransitionPolicy policy;
	private final Fields fields;
	private final AuditLog audit;
	private final Clock clock;
	private final org.stocktake.improvement.internal.TeamProposalRepository proposals;

	PeerChallenges(PeerChallengeRepository repository, Register register, TransitionPolicy policy, Fields fields, AuditLog audit,
			Clock clock, org.stocktake.improvement.internal.TeamProposalRepository proposals) {
		this.proposals = proposals;
		this.repository = repository;
		this.register = register;
		this.policy = policy;
		this.fields = fields;
		this.audit = audit;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/** The products of the offer, in the catalogue's order. */
	public List<Product> offer() {
		return repository.products();
	}

	public Optional<Product> product(String id) {
		return id == null ? Optional.empty() : offer().stream().filter(p -> p.id().equalsIgnoreCase(id.trim())).findFirst();
	}

	public PeerChallenge get(long id) {
		return repository.find(id).map(this::assemble).orElseThrow(() -> new NotFoundException("There is no peer challenge " + id));
	}

	public Paged<PeerChallenge> search(ChallengeSearch search, PageRequest page) {
		Filter filter = filter(search, false);
		List<PeerChallenge> items = repository.search(filter, page.offset(), page.size()).stream().map(this::assemble).toList();
		return new Paged<>(items, page.page(), page.size(), repository.count(filter));
	}

	/** Challenges whose report is published, newest visit first: what the public may see. */
	public Paged<PeerChallenge> published(ChallengeSearch search, PageRequest page) {
		Filter filter = filter(search, true);
		List<PeerChallenge> items = repository.search(filter, page.offset(), page.size()).stream().map(this::assemble).toList();
		return new Paged<>(items, page.page(), page.size(), repository.count(filter));
	}

	public List<PeerChallenge> ofArea(Area area) {
		return repository.search(new Filter(null, null, null, null, area.code(), false), 0, 1000).stream().map(this::assemble).toList();
	}

	/**
	 * The first day on site of the authority's latest corporate peer challenge, or empty when it has had
	 * none (a challenge counts from the day the team went on site). A former GSS code finds its authority.
	 */
	public Optional<LocalDate> latestCorporatePeerChallenge(String gssCode) {
		return register.find(gssCode)
			.flatMap(area -> repository.latestVisit(area.code(), Product.CORPORATE_PEER_CHALLENGE))
			.map(Row::onSiteStart);
	}

	/**
	 * Current authorities with and without a visit of {@code productId} that started in the last
	 * {@code years} years (on or after today less the years). Fire peer challenges count over fire and
	 * rescue authorities, everything else over principal councils.
	 */
	public Coverage coverage(int years, String productId) {
		if (years < 1 || years > 50) {
			throw new BadRequestException("years", Integer.toString(years), "years must be between 1 and 50");
		}
		Product product = product(productId)
			.orElseThrow(() -> new BadRequestException("product", productId, "There is no product " + productId + " in the offer"));
		LocalDate since = today().minusYears(years);
		Map<String, Object[]> visits = repository.latestVisits(product.id(), since);
		boolean fire = product.id().equals(Product.FIRE_PEER_CHALLENGE);
		List<Coverage.Entry> covered = new ArrayList<>();
		List<Coverage.Entry> notCovered = new ArrayList<>();
		register.all()
			.stream()
			.filter(Area::current)
			.filter(a -> fire ? a.type() == AreaType.FIRE_AND_RESCUE : a.type().principalCouncil())
			.sorted(Comparator.comparing(Area::name))
			.forEach(a -> {
				Object[] visit = visits.get(a.code());
				if (visit == null) {
					notCovered.add(new Coverage.Entry(a.gssCode(), a.name(), a.type().name(), null, null));
				}
				else {
					covered.add(new Coverage.Entry(a.gssCode(), a.name(), a.type().name(), (LocalDate) visit[0], (Long) visit[1]));
				}
			});
		return new Coverage(product.id(), years, since, covered, notCovered);
	}

	/** Records an enquiry: the challenge starts in {@link ChallengeState#ENQUIRY}. */
	@Transactional
	public PeerChallenge request(NewPeerChallenge form) {
		List<FieldError> errors = new ArrayList<>();
		Area area = fields.area(form.area(), errors);
		Product product = null;
		if (Fields.blank(form.product())) {
			errors.add(FieldError.field("product", "", "Select the product"));
		}
		else {
			product = product(form.product()).orElse(null);
			if (product == null) {
				errors.add(FieldError.field("product", form.product(), "There is no product " + form.product() + " in the offer"));
			}
		}
		LocalDate enquiryOn = fields.date("enquiryOn", form.enquiryOn(), today(), errors);
		if (enquiryOn != null && enquiryOn.isAfter(today())) {
			errors.add(FieldError.field("enquiryOn", form.enquiryOn(), "The enquiry date must be today or in the past"));
		}
		Long follows = follows(form.follows(), product, area, errors);
		Long manager = fields.person("challengeManager", form.challengeManager(), PersonType.ASSOCIATION_OFFICER, errors);
		fields.text("scope", form.scope(), errors);
		fields.text("councilPriorities", form.councilPriorities(), errors);
		fields.text("keyLinesOfEnquiry", form.keyLinesOfEnquiry(), errors);
		if (!errors.isEmpty()) {
			throw new BadRequestException(errors);
		}
		Row row = new Row(0, area.code(), area.gssCode(), area.name(), null, product.id(), ChallengeState.ENQUIRY, follows, manager, null,
				Fields.trimmed(form.scope()), Fields.trimmed(form.councilPriorities()), Fields.trimmed(form.keyLinesOfEnquiry()), enquiryOn,
				null, null, null, null, null, null);
		String actor = AuditLog.currentActor();
		long id = repository.insert(row, actor);
		repository.addStep(id, null, ChallengeState.ENQUIRY, enquiryOn, null, actor);
		audit.created("peer-challenge", String.valueOf(id), product.name() + " of " + area.name() + ": enquiry received " + enquiryOn, row);
		return get(id);
	}

	/** Changes what scoping agreed: the challenge manager, scope, the council's priorities and key lines of enquiry. */
	@Transactional
	public PeerChallenge edit(long id, ChallengeDetails details) {
		PeerChallenge before = get(id);
		List<FieldError> errors = new ArrayList<>();
		if (before.state() == ChallengeState.CLOSED) {
			errors.add(FieldError.field("scope", null, "This challenge is closed and can no longer be changed"));
		}
		Long manager = fields.person("challengeManager", details.challengeManager(), PersonType.ASSOCIATION_OFFICER, errors);
		fields.text("scope", details.scope(), errors);
		fields.text("councilPriorities", details.councilPriorities(), errors);
		fields.text("keyLinesOfEnquiry", details.keyLinesOfEnquiry(), errors);
		if (!errors.isEmpty()) {
			throw new BadRequestException(errors);
		}
		repository.updateDetails(id, manager, Fields.trimmed(details.scope()), Fields.trimmed(details.councilPriorities()),
				Fields.trimmed(details.keyLinesOfEnquiry()));
		PeerChallenge after = get(id);
		audit.updated("peer-challenge", String.valueOf(id), "Scope of the " + after.product().name() + " of " + after.areaName() + " changed",
				ChallengeDetails.of(before), ChallengeDetails.of(after));
		return after;
	}

	/**
	 * Takes the next step in the challenge's life. A step its state does not allow is refused with
	 * {@link IllegalTransitionException}; a step with wrong or missing details with {@link BadRequestException}.
	 */
	@Transactional
	public PeerChallenge transition(long id, Transition request) {
		PeerChallenge challenge = get(id);
		TransitionPolicy.Decision decision = policy.decide(challenge, request, today());
		if (!repository.move(id, challenge.state(), decision.to(), decision.columns())) {
			throw new IllegalTransitionException(get(id).state(), decision.to());
		}
		if (decision.team() != null) {
			repository.replaceTeam(id, decision.team());
		}
		if (decision.proposal() != null) {
			proposals.decide(decision.proposal().proposalId(), decision.proposal().accepted(), decision.proposal().reason(),
					AuditLog.currentActor());
		}
		repository.addStep(id, challenge.state(), decision.to(), decision.on(), decision.note(), AuditLog.currentActor());
		PeerChallenge after = get(id);
		audit.updated("peer-challenge", String.valueOf(id),
				after.product().name() + " of " + after.areaName() + ": " + challenge.state() + " → " + decision.to() + " on " + decision.on(),
				Map.of("state", challenge.state().name()), decision.audited());
		return after;
	}

	private Long follows(String text, Product product, Area area, List<FieldError> errors) {
		if (Fields.blank(text)) {
			if (product != null && product.refersToEarlier()) {
				errors.add(FieldError.field("follows", "", "Enter the number of the earlier challenge this follow-up visit returns to"));
			}
			return null;
		}
		if (product != null && !product.refersToEarlier()) {
			errors.add(FieldError.field("follows", text, "Only a follow-up visit refers to an earlier challenge"));
			return null;
		}
		long earlierId;
		try {
			earlierId = Long.parseLong(text.trim());
		}
		catch (NumberFormatException ex) {
			errors.add(FieldError.field("follows", text, "Enter the earlier challenge's number, for example 12"));
			return null;
		}
		Row earlier = repository.find(earlierId).orElse(null);
		if (earlier == null) {
			errors.add(FieldError.field("follows", text, "There is no peer challenge " + earlierId));
		}
		else if (area != null && !earlier.areaCode().equals(area.code())) {
			errors.add(FieldError.field("follows", text, "Challenge " + earlierId + " was of " + earlier.areaName() + ", not " + area.name()));
		}
		else if (earlier.onSiteStart() == null) {
			errors.add(FieldError.field("follows", text, "Challenge " + earlierId + " has not been delivered yet, so there is nothing to follow up"));
		}
		return earlier == null ? null : earlierId;
	}

	private Filter filter(ChallengeSearch s, boolean publishedOnly) {
		String areaCode = null;
		if (s.areaGss() != null) {
			areaCode = register.find(s.areaGss())
				.orElseThrow(() -> new BadRequestException("area", s.areaGss(), "There is no authority with the GSS code " + s.areaGss()))
				.code();
		}
		if (s.product() != null && product(s.product()).isEmpty()) {
			throw new BadRequestException("product", s.product(), "There is no product " + s.product() + " in the offer");
		}
		return new Filter(s.state(), s.product() == null ? null : product(s.product()).get().id(), s.region() == null ? null : s.region().code(),
				s.year(), areaCode, publishedOnly);
	}

	private PeerChallenge assemble(Row r) {
		Product product = product(r.productId()).orElseThrow();
		return new PeerChallenge(r.id(), r.areaCode(), r.areaGssCode(), r.areaName(), org.stocktake.register.Region.parse(r.region()).orElse(null),
				product, r.state(), r.followsId(), r.managerId(), r.managerName(), r.scope(), r.councilPriorities(), r.keyLines(), r.enquiryOn(),
				r.onSiteStart(), r.onSiteEnd(), r.publishedOn(), r.reportLink(), r.declinedReason(), r.closedReason(), repository.team(r.id()),
				repository.steps(r.id()));
	}
}
