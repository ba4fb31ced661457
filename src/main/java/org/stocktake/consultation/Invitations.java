package org.stocktake.consultation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stocktake.consultation.internal.MessageRepository;
import org.stocktake.consultation.internal.MessageRepository.Message;
import org.stocktake.people.Directory;
import org.stocktake.people.Person;
import org.stocktake.people.PersonSearch;
import org.stocktake.people.RoleType;
import org.stocktake.people.Visibility;
import org.stocktake.platform.audit.AuditLog;
import org.stocktake.platform.jobs.ClusterLock;
import org.stocktake.platform.mail.Mailer;
import org.stocktake.platform.web.BadRequestException;
import org.stocktake.platform.web.PageRequest;
import org.stocktake.register.Area;
import org.stocktake.register.Register;

/**
 * Invitations, reminders and own-link messages. Sending is queued and done in throttled batches by
 * a scheduled job, so that a thousand invitations neither block the officer's request nor flood
 * the mail server; a message that fails is retried with growing intervals, and every attempt,
 * failure and bounce is logged against its recipient. Addresses that bounced are not written to
 * again.
 */
@Service
public class Invitations {

	private static final Logger log = LoggerFactory.getLogger(Invitations.class);
	static final int MAX_ATTEMPTS = 3;

	/** What a bulk invitation did. */
	public record Outcome(int queued, int alreadyInvited, int withoutEmail, int suppressed) {
	}

	private final Consultations consultations;
	private final MessageRepository messages;
	private final Directory directory;
	private final Register register;
	private final Mailer mailer;
	private final ClusterLock lock;
	private final AuditLog audit;
	private final Clock clock;
	private final int batchSize;

	Invitations(Consultations consultations, MessageRepository messages, Directory directory, Register register, Mailer mailer, ClusterLock lock,
			AuditLog audit, Clock clock, @Value("${stocktake.consultation.mail.batch-size:30}") int batchSize) {
		this.consultations = consultations;
		this.messages = messages;
		this.directory = directory;
		this.register = register;
		this.mailer = mailer;
		this.lock = lock;
		this.audit = audit;
		this.clock = clock;
		this.batchSize = batchSize;
	}

	/** Invites everyone who currently holds any of {@code roles} at a current council, e.g. every leader and chief executive. */
	@Transactional
	public Outcome inviteHolders(long questionnaireId, List<RoleType> roles, String baseUrl) {
		if (roles.isEmpty()) {
			throw new BadRequestException("roles", null, "Choose at least one role to invite");
		}
		Map<Long, Person> people = new LinkedHashMap<>();
		for (RoleType role : roles) {
			for (Person p : directory.search(new PersonSearch(null, null, role, null, null, null, Visibility.everything()),
					new PageRequest(0, PageRequest.MAX_SIZE)).items()) {
				if (p.authorityGssCode() != null && register.find(p.authorityGssCode()).map(Area::current).orElse(false)) {
					people.putIfAbsent(p.id(), p);
				}
			}
		}
		return invite(questionnaireId, new ArrayList<>(people.values()), roles, baseUrl);
	}

	/** Invites the named people of the directory. */
	@Transactional
	public Outcome invitePeople(long questionnaireId, List<Long> personIds, String baseUrl) {
		List<Person> people = new ArrayList<>();
		for (Long id : personIds) {
			people.add(directory.find(id).orElseThrow(() -> new BadRequestException("personIds", String.valueOf(id), "No one in the directory has the id " + id)));
		}
		return invite(questionnaireId, people, List.of(), baseUrl);
	}

	private Outcome invite(long questionnaireId, List<Person> people, List<RoleType> roles, String baseUrl) {
		Questionnaire q = consultations.get(questionnaireId);
		consultations.requireOpen(q);
		int queued = 0;
		int already = 0;
		int noEmail = 0;
		int suppressed = 0;
		for (Person p : people) {
			if (p.email() == null || p.email().isBlank()) {
				noEmail++;
				continue;
			}
			if (messages.suppressed(p.email())) {
				suppressed++;
				continue;
			}
			String role = p.rolesHeldOn(directory.today()).stream().map(r -> r.type()).filter(t -> roles.isEmpty() || roles.contains(t)).findFirst()
				.map(Enum::name).orElse(null);
			Respondent respondent = new Respondent(p.id(), p.email(), p.name(), p.authorityGssCode(), role, Map.of());
			boolean existed = consultations.existingLink(questionnaireId, respondent).isPresent();
			ResponseLink link = consultations.linkFor(questionnaireId, respondent, ResponseLink.Source.INVITATION);
			if (existed) {
				already++;
				continue;
			}
			messages.queue(questionnaireId, link.id(), p.email(), "INVITATION", baseUrl, AuditLog.currentActor());
			queued++;
		}
		Outcome outcome = new Outcome(queued, already, noEmail, suppressed);
		audit.created("consultation_invitations", Long.toString(questionnaireId), "Invitations to " + q.title(), outcome);
		return outcome;
	}

	/** Queues a reminder to every invited respondent who has not answered yet. */
	@Transactional
	public int remind(long questionnaireId, String baseUrl) {
		Questionnaire q = consultations.get(questionnaireId);
		consultations.requireOpen(q);
		int queued = 0;
		for (Long linkId : messages.unansweredInvitedLinks(questionnaireId)) {
			ResponseLink link = consultations.link(linkId).orElseThrow();
			if (!messages.suppressed(link.email())) {
				messages.queue(questionnaireId, linkId, link.email(), "REMINDER", baseUrl, AuditLog.currentActor());
				queued++;
			}
		}
		audit.created("consultation_reminders", Long.toString(questionnaireId), "Reminders for " + q.title(), Map.of("queued", queued));
		return queued;
	}

	/**
	 * Sends anyone their own unique link by email. Asking again sends the same link again, so a
	 * response in progress is never split; the page answers the same whatever the address.
	 */
	@Transactional
	public void requestOwnLink(long questionnaireId, String email, String name, String baseUrl) {
		if (email == null || !email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			throw new BadRequestException("email", email, "Enter an email address in the correct format, like name@example.com");
		}
		Questionnaire q = consultations.get(questionnaireId);
		consultations.requireOpen(q);
		String address = email.strip();
		if (messages.suppressed(address)) {
			return;
		}
		Respondent respondent = new Respondent(null, address, name == null || name.isBlank() ? null : name.strip(), null, null, Map.of());
		ResponseLink link = consultations.linkFor(questionnaireId, respondent, ResponseLink.Source.SELF_REQUESTED);
		messages.queue(questionnaireId, link.id(), address, "OWN_LINK", baseUrl, AuditLog.currentActor());
	}

	/** Records that mail to the address bounced: its messages are marked and it is not written to again. */
	@Transactional
	public void recordBounce(String email, String reason) {
		if (email == null || email.isBlank()) {
			throw new BadRequestException("email", email, "Enter the address that bounced");
		}
		String why = reason == null || reason.isBlank() ? "Bounced" : reason.strip();
		messages.markBounced(email.strip(), why);
		messages.suppress(email.strip(), why, AuditLog.currentActor());
		audit.created("mail_suppression", email.strip().toLowerCase(java.util.Locale.ROOT), "Address bounced: " + why, Map.of("reason", why));
	}

	public List<Message> log(long questionnaireId) {
		return messages.forQuestionnaire(questionnaireId);
	}

	@Scheduled(fixedDelayString = "${stocktake.consultation.mail.interval:15s}", initialDelayString = "${stocktake.consultation.mail.interval:15s}")
	void sendOnSchedule() {
		sendDue();
	}

	/** Sends one batch of due messages (on one instance at a time). @return how many were sent */
	public int sendDue() {
		int[] sent = { 0 };
		lock.runExclusively("consultation.mail", () -> {
			Instant now = clock.instant();
			for (Message m : messages.due(now, batchSize)) {
				if (send(m, now)) {
					sent[0]++;
				}
			}
		});
		return sent[0];
	}

	private boolean send(Message m, Instant now) {
		if (messages.suppressed(m.email())) {
			messages.markStatus(m.id(), "SUPPRESSED", "Address bounced before");
			return false;
		}
		ResponseLink link = consultations.link(m.linkId()).orElse(null);
		if (link == null || link.revoked()) {
			messages.markStatus(m.id(), "FAILED", "The link was withdrawn before sending");
			return false;
		}
		Questionnaire q = consultations.get(m.questionnaireId());
		boolean ok = mailer.send(m.email(), subject(q, m.kind()), body(q, link, m));
		if (ok) {
			messages.markSent(m.id(), now);
			return true;
		}
		if (m.attempts() + 1 >= MAX_ATTEMPTS) {
			messages.markStatus(m.id(), "FAILED", "The mail server did not accept the message after " + MAX_ATTEMPTS + " attempts");
		}
		else {
			messages.markRetry(m.id(), "The mail server did not accept the message", now.plus(Duration.ofMinutes(5L << m.attempts())));
		}
		log.info("Consultation message {} not sent (attempt {})", m.id(), m.attempts() + 1);
		return false;
	}

	static String subject(Questionnaire q, String kind) {
		return ("REMINDER".equals(kind) ? "Reminder: " : "") + q.title() + " – your link to respond";
	}

	static String body(Questionnaire q, ResponseLink link, Message m) {
		String base = m.baseUrl() == null ? "" : m.baseUrl().replaceAll("/+$", "");
		StringBuilder text = new StringBuilder();
		text.append("REMINDER".equals(m.kind()) ? "We have not yet had your response to " : "You are invited to respond to ").append(q.title())
			.append(".\n\nYour own link:\n").append(base).append(link.path()).append("\n\n");
		if (q.closesAt() != null) {
			text.append("The closing time is ").append(LondonTime.format(q.closesAt())).append(".\n\n");
		}
		text.append("You can save your answers and come back to them through the same link. Please do not share it: anyone using it ")
			.append("can change your response, and their response will overwrite your own.\n\n")
			.append("All responses are treated confidentially. Information is aggregated, and no individual or authority is identified ")
			.append("in any publication without consent.\n");
		return text.toString();
	}
}
