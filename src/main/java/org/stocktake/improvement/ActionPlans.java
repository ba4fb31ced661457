package org.stocktake.improvement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stocktake.improvement.internal.ActionRepository;
import org.stocktake.platform.audit.AuditLog;
import org.stocktake.platform.web.BadRequestException;
import org.stocktake.platform.web.NotFoundException;
import org.stocktake.platform.web.Problems.FieldError;

/**
 * The council's action plan after a challenge. Lines may be added once the team has been on site and
 * until the challenge closes; the council and officers update their status.
 */
@Service
public class ActionPlans {

	private final ActionRepository repository;
	private final PeerChallenges challenges;
	private final Fields fields;
	private final AuditLog audit;

	ActionPlans(ActionRepository repository, PeerChallenges challenges, Fields fields, AuditLog audit) {
		this.repository = repository;
		this.challenges = challenges;
		this.fields = fields;
		this.audit = audit;
	}

	public List<PlannedAction> of(long challengeId) {
		return repository.of(challengeId);
	}

	@Transactional
	public PlannedAction add(long challengeId, NewAction form) {
		PeerChallenge challenge = challenges.get(challengeId);
		List<FieldError> errors = new ArrayList<>();
		if (!challenge.delivered() || challenge.state() == ChallengeState.CLOSED) {
			errors.add(FieldError.field("recommendation", null, challenge.state() == ChallengeState.CLOSED
					? "This challenge is closed: its action plan can no longer change" : "Actions can be added once the team has been on site"));
		}
		required("recommendation", form.recommendation(), "Enter the recommendation", errors);
		required("action", form.action(), "Enter the action the council will take", errors);
		required("owner", form.owner(), "Enter who owns the action", errors);
		if (form.owner() != null && form.owner().length() > 200) {
			errors.add(FieldError.field("owner", form.owner().substring(0, 40) + "…", "Write 200 characters or fewer"));
		}
		LocalDate due = fields.date("dueDate", form.dueDate(), null, errors);
		fields.text("recommendation", form.recommendation(), errors);
		fields.text("action", form.action(), errors);
		if (!errors.isEmpty()) {
			throw new BadRequestException(errors);
		}
		long id = repository.insert(challengeId, form.recommendation().trim(), form.action().trim(), form.owner().trim(), due,
				AuditLog.currentActor());
		PlannedAction added = repository.find(challengeId, id).orElseThrow();
		audit.created("challenge-action", String.valueOf(id), "Action added to the plan of " + challenge.areaName() + "'s "
				+ challenge.product().name(), added);
		return added;
	}

	@Transactional
	public PlannedAction setStatus(long challengeId, long actionId, String status) {
		PeerChallenge challenge = challenges.get(challengeId);
		PlannedAction before = repository.find(challengeId, actionId)
			.orElseThrow(() -> new NotFoundException("Challenge " + challengeId + " has no action " + actionId));
		PlannedAction.Status to = PlannedAction.Status.parse(status)
			.orElseThrow(() -> new BadRequestException("status", status, "Choose the status: OPEN, DONE or CANCELLED"));
		if (challenge.state() == ChallengeState.CLOSED) {
			throw new BadRequestException("status", status, "This challenge is closed: its action plan can no longer change");
		}
		repository.status(actionId, to, AuditLog.currentActor());
		audit.updated("challenge-action", String.valueOf(actionId), "Action in the plan of " + challenge.areaName() + " now " + to,
				before.status().name(), to.name());
		return repository.find(challengeId, actionId).orElseThrow();
	}

	private static void required(String field, String value, String message, List<FieldError> errors) {
		if (Fields.blank(value)) {
			errors.add(FieldError.field(field, "", message));
		}
	}
}
