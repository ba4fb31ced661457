package org.stocktake.consultation;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stocktake.consultation.internal.QuestionnaireRepository;
import org.stocktake.consultation.internal.ResponseRepository;
import org.stocktake.consultation.internal.ResponseRepository.StoredResponse;
import org.stocktake.platform.audit.AuditLog;
import org.stocktake.platform.web.BadRequestException;
import org.stocktake.platform.web.ForbiddenException;
import org.stocktake.platform.web.NotFoundException;

/**
 * The questionnaire engine, for this module's consultations and for any module that surveys people
 * (leadership evaluations, impact surveys): build a questionnaire, publish it, issue unique links,
 * record responses and read aggregated results. Every change is audited; the answers themselves are
 * kept out of the audit trail, which many more people may read than may read a response.
 */
@Service
public class Consultations {

	/** Time zone in which closing times are set and shown. */
	public static final java.time.ZoneId LONDON = java.time.ZoneId.of("Europe/London");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final QuestionnaireRepository questionnaires;
	private final ResponseRepository responses;
	private final AuditLog audit;
	private final Clock clock;
	private final int defaultMinimumCell;

	Consultations(QuestionnaireRepository questionnaires, ResponseRepository responses, AuditLog audit, Clock clock,
			@Value("${stocktake.consultation.minimum-cell:5}") int defaultMinimumCell) {
		this.questionnaires = questionnaires;
		this.responses = responses;
		this.audit = audit;
		this.clock = clock;
		this.defaultMinimumCell = defaultMinimumCell;
	}

	public Instant now() {
		return clock.instant();
	}

	// Questionnaires

	/** Creates the questionnaire as a draft; its slug must be new. */
	@Transactional
	public Questionnaire create(NewQuestionnaire questionnaire) {
		return create(questionnaire, false);
	}

	@Transactional
	Questionnaire create(NewQuestionnaire questionnaire, boolean demonstration) {
		if (questionnaires.findBySlug(questionnaire.slug()).isPresent()) {
			throw new BadRequestException("slug", questionnaire.slug(), "There is already a questionnaire called " + questionnaire.slug());
		}
		for (NewQuestion q : questionnaire.sections().stream().flatMap(s -> s.questions().stream()).toList()) {
			if (q.shownWhen() != null && !appearsBefore(questionnaire, q.shownWhen().questionKey(), q.key())) {
				throw new BadRequestException("shownWhen", q.shownWhen().questionKey(),
						"Question " + q.key() + " can only depend on a question before it");
			}
		}
		long id = questionnaires.insert(questionnaire, demonstration, AuditLog.currentActor());
		audit.created("questionnaire", Long.toString(id), "Questionnaire " + questionnaire.title(), Map.of("slug", questionnaire.slug()));
		return get(id);
	}

	private static boolean appearsBefore(NewQuestionnaire questionnaire, String earlier, String later) {
		List<String> keys = questionnaire.sections().stream().flatMap(s -> s.questions().stream()).map(NewQuestion::key).toList();
		int e = keys.indexOf(earlier);
		return e >= 0 && e < keys.indexOf(later);
	}

	public Questionnaire get(long id) {
		return questionnaires.find(id).orElseThrow(() -> new NotFoundException("There is no questionnaire " + id));
	}

	/** A questionnaire by its slug or numeric id. */
	public Optional<Questionnaire> find(String slugOrId) {
		if (slugOrId != null && slugOrId.matches("[0-9]{1,18}")) {
			return questionnaires.find(Long.parseLong(slugOrId));
		}
		return questionnaires.findBySlug(slugOrId);
	}

	/** Every questionnaire (without questions), newest first. */
	public List<Questionnaire> list() {
		return questionnaires.list();
	}

	/** Opens the questionnaire to responses; from now on its questions may gain options but lose none. */
	@Transactional
	public Questionnaire publish(long id) {
		Questionnaire q = get(id);
		if (q.questions().isEmpty()) {
			throw new BadRequestException("questions", null, "Add at least one question before publishing");
		}
		if (!q.published()) {
			questionnaires.publish(id, now());
			audit.updated("questionnaire", Long.toString(id), "Published " + q.title(), Map.of("status", "DRAFT"), Map.of("status", "PUBLISHED"));
		}
		return get(id);
	}

	/** Sets or changes when the questionnaire stops accepting answers (null: it stays open). */
	@Transactional
	public void changeClosingTime(long id, ZonedDateTime closesAt) {
		Questionnaire q = get(id);
		questionnaires.setClosesAt(id, closesAt == null ? null : closesAt.toInstant());
		audit.updated("questionnaire", Long.toString(id), "Closing time of " + q.title(), String.valueOf(q.closesAt()),
				String.valueOf(closesAt));
	}

	/** Makes the aggregated results public (or withdraws them). */
	@Transactional
	public void publishResults(long id, boolean published) {
		Questionnaire q = get(id);
		questionnaires.setResultsPublished(id, published);
		audit.updated("questionnaire", Long.toString(id), (published ? "Published" : "Withdrew") + " results of " + q.title(),
				Map.of("resultsPublished", q.resultsPublished()), Map.of("resultsPublished", published));
	}

	/** Adds an option to a choice question; allowed after publication, since no answer given becomes invalid. */
	@Transactional
	public void addOption(long id, String questionKey, String label) {
		Question question = choiceQuestion(id, questionKey);
		if (label == null || label.isBlank() || question.options().contains(label.strip())) {
			throw new BadRequestException("option", label, "Enter an option the question does not have yet");
		}
		questionnaires.insertOption(question.id(), questionnaires.nextOptionPosition(question.id()), label.strip());
		audit.updated("question", Long.toString(question.id()), "Added option to " + questionKey, question.options(),
				List.of(label.strip()));
	}

	/** Removes an option of a draft; refused once published, because answers already given may have chosen it. */
	@Transactional
	public void removeOption(long id, String questionKey, String label) {
		Questionnaire q = get(id);
		Question question = choiceQuestion(id, questionKey);
		if (q.published()) {
			throw new BadRequestException("option", label,
					"An option cannot be removed once the questionnaire is published: answers already given may have chosen it");
		}
		if (questionnaires.deleteOption(question.id(), label) == 0) {
			throw new BadRequestException("option", label, "The question has no such option");
		}
		audit.updated("question", Long.toString(question.id()), "Removed option from " + questionKey, question.options(), label);
	}

	private Question choiceQuestion(long id, String key) {
		Question question = get(id).question(key).orElseThrow(() -> new NotFoundException("There is no question " + key));
		if (!question.type().hasOptions()) {
			throw new BadRequestException("question", key, "Only choice questions have options");
		}
		return question;
	}

	// Links

	/** Issues a new unique link to the respondent (an API or programme issuing its own). */
	@Transactional
	public ResponseLink issueLink(long questionnaireId, Respondent respondent) {
		return issueLink(questionnaireId, respondent, ResponseLink.Source.API);
	}

	@Transactional
	ResponseLink issueLink(long questionnaireId, Respondent respondent, ResponseLink.Source source) {
		Questionnaire q = get(questionnaireId);
		ResponseLink link = responses.insertLink(q.id(), newToken(), respondent, source, AuditLog.currentActor());
		audit.created("response_link", Long.toString(link.id()), "Link to " + q.title() + " (" + source + ")", Map.of("questionnaire", q.slug()));
		return link;
	}

	Optional<ResponseLink> existingLink(long questionnaireId, Respondent respondent) {
		return responses.activeLinkFor(questionnaireId, respondent.personId(), respondent.email());
	}

	/** The respondent's link not revoked, or a new one: one person or address keeps one response. */
	@Transactional
	ResponseLink linkFor(long questionnaireId, Respondent respondent, ResponseLink.Source source) {
		return responses.activeLinkFor(questionnaireId, respondent.personId(), respondent.email())
			.orElseGet(() -> issueLink(questionnaireId, respondent, source));
	}

	/** 256 random bits: unguessable, and nothing in it says who holds it. */
	static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	public Optional<ResponseLink> link(String token) {
		if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
			return Optional.empty();
		}
		return responses.linkByToken(token);
	}

	public Optional<ResponseLink> link(long linkId) {
		return responses.link(linkId);
	}

	/** Stops the link accepting answers; a response already given through it still counts. */
	@Transactional
	public void revoke(long linkId) {
		ResponseLink link = responses.link(linkId).orElseThrow(() -> new NotFoundException("There is no link " + linkId));
		responses.revoke(linkId, now(), AuditLog.currentActor());
		audit.updated("response_link", Long.toString(linkId), "Revoked a link", Map.of("revoked", link.revoked()), Map.of("revoked", true));
	}

	// Responses

	/** The link's saved draft, or else its latest submitted answers, or none. */
	public Answers answersSoFar(ResponseLink link) {
		return responses.draft(link.id()).or(() -> responses.versions(link.id()).stream().findFirst().map(StoredResponse::answers))
			.orElse(Answers.none());
	}

	/** Whether anything has been submitted through the link. */
	public boolean submitted(ResponseLink link) {
		return !responses.versions(link.id()).isEmpty();
	}

	/** Keeps the answers given so far for the respondent to come back to; nothing is counted yet. */
	@Transactional
	public Answers saveDraft(String token, Answers answers) {
		ResponseLink link = usableLink(token);
		Answers kept = AnswerRules.check(get(link.questionnaireId()), answers, false);
		responses.saveDraft(link.id(), kept);
		return kept;
	}

	/**
	 * Submits answers through the link. A later submission through the same link replaces this one
	 * in the results; every version is kept.
	 *
	 * @return the version number of this submission (1 for the first)
	 */
	@Transactional
	public int submit(String token, Answers answers, boolean consent) {
		return submit(usableLink(token), answers, consent, "ONLINE");
	}

	@Transactional
	int submit(ResponseLink link, Answers answers, boolean consent, String channel) {
		Answers kept = AnswerRules.check(get(link.questionnaireId()), answers, true);
		responses.lock(link.id());
		int version = responses.insertResponse(link.id(), kept, consent, channel, AuditLog.currentActor());
		responses.deleteDraft(link.id());
		audit.created("response", link.id() + "/" + version, "Response received (" + channel.toLowerCase(java.util.Locale.ROOT) + ")",
				Map.of("link", link.id(), "version", version, "consent", consent));
		return version;
	}

	/** An officer enters a response received by email or letter through the link issued for it. */
	@Transactional
	public int submitOnBehalf(String token, Answers answers, boolean consent, String channel) {
		String c = channel == null ? "" : channel.trim().toUpperCase(java.util.Locale.ROOT);
		if (!c.equals("EMAIL") && !c.equals("LETTER")) {
			throw new BadRequestException("channel", channel, "Choose whether the response came by email or by letter");
		}
		return submit(usableLink(token), answers, consent, c);
	}

	/** Issues a link for a response an officer enters on the respondent's behalf. */
	@Transactional
	public ResponseLink issueOnBehalf(long questionnaireId, Respondent respondent) {
		requireOpen(get(questionnaireId));
		return linkFor(questionnaireId, respondent, ResponseLink.Source.OFFICER);
	}

	/**
	 * Records a whole response for the respondent in one step, as another module collecting answers
	 * of its own would: reuses the respondent's open link or issues one, then submits.
	 */
	@Transactional
	public ResponseLink record(long questionnaireId, Respondent respondent, Answers answers, boolean consent) {
		Questionnaire q = get(questionnaireId);
		requireOpen(q);
		ResponseLink link = linkFor(questionnaireId, respondent, ResponseLink.Source.API);
		submit(link, answers, consent, "API");
		return link;
	}

	/** A link that may take answers now; otherwise says why not. */
	ResponseLink usableLink(String token) {
		ResponseLink link = link(token).orElseThrow(() -> new NotFoundException("This link is not recognised"));
		if (link.revoked()) {
			throw new ForbiddenException("This link has been withdrawn");
		}
		requireOpen(get(link.questionnaireId()));
		return link;
	}

	void requireOpen(Questionnaire q) {
		if (!q.openAt(now())) {
			throw new ForbiddenException(q.closedAt(now()) ? "This questionnaire closed on " + LondonTime.format(q.closesAt())
					: "This questionnaire is not open for responses");
		}
	}

	// Results

	/** Aggregated results of the current responses matching the query, figures on too few respondents hidden. */
	public Results results(long questionnaireId, ResultQuery query) {
		Questionnaire q = get(questionnaireId);
		int minimum = minimumCell(q, query);
		List<Answers> current = responses.current(questionnaireId, query.tags()).stream().map(StoredResponse::answers).toList();
		List<Results.QuestionResult> perQuestion = q.questions().stream().map(question -> Tally.of(question, current, minimum)).toList();
		Long count = current.size() < minimum ? null : (long) current.size();
		return new Results(q.id(), q.title(), count, minimum, perQuestion);
	}

	int minimumCell(Questionnaire q, ResultQuery query) {
		if (query.minimumCell() != null) {
			return Math.max(1, query.minimumCell());
		}
		return q.minimumCell() != null ? q.minimumCell() : defaultMinimumCell;
	}

	List<StoredResponse> currentResponses(long questionnaireId, Map<String, String> tags) {
		return responses.current(questionnaireId, tags);
	}
}
