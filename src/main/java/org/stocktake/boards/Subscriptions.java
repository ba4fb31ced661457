package org.stocktake.boards;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.stocktake.boards.internal.SubscriptionRepository;
import org.stocktake.boards.internal.SubscriptionRepository.Row;
import org.stocktake.platform.audit.AuditLog;
import org.stocktake.platform.mail.Mailer;
import org.stocktake.platform.web.BadRequestException;

/**
 * Subscriptions by email to a board's new papers. Anyone may subscribe an address; nothing is sent
 * to it but the confirmation until its owner confirms from the link in it. Every email carries a
 * link with the subscriber's own unguessable token (256 random bits) to unsubscribe at once,
 * without signing in.
 * Papers are announced after the publishing transaction commits, from the public view of the
 * meeting, so no exempt item is ever named.
 */
@Service
public class Subscriptions {

	/** A subscription as its owner sees it from their link. */
	public record Subscription(Board board, String email, boolean confirmed) {
	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Boards boards;
	private final SubscriptionRepository repository;
	private final Mailer mailer;
	private final AuditLog audit;
	private final String siteUrl;

	Subscriptions(Boards boards, SubscriptionRepository repository, Mailer mailer, AuditLog audit,
			@Value("${stocktake.base-url:http://localhost:8080}") String siteUrl) {
		this.boards = boards;
		this.repository = repository;
		this.mailer = mailer;
		this.audit = audit;
		this.siteUrl = siteUrl.replaceAll("/+$", "");
	}

	/** Subscribes the address (again) and sends the link to confirm; the answer never says whether it was subscribed already. */
	@Transactional
	public void subscribe(Board board, String email) {
		String address = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
		if (address.isEmpty()) {
			throw new BadRequestException("email", "", "Enter your email address");
		}
		if (address.length() > 320 || !address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			throw new BadRequestException("email", email, "Enter an email address in the correct format, like name@example.org");
		}
		Row row = repository.upsert(board.id(), address, newToken());
		if (row.confirmed()) {
			mailer.send(address, "You are subscribed to the papers of the " + board.name(), """
					Someone, probably you, asked again to be sent the new papers of the %s. You are already subscribed.

					To unsubscribe: %s

					Stocktake
					""".formatted(board.name(), link(row.token())));
			return;
		}
		String token = row.token();
		audit.created("board-subscription", String.valueOf(row.id()), "Subscription to the papers of " + board.name() + " requested",
				Map.of("board", board.slug()));
		mailer.send(address, "Confirm your subscription to the papers of the " + board.name(), """
				Someone, probably you, asked to be sent an email whenever the %s publishes new papers.

				To confirm, open this link and select "Confirm": %s

				If it was not you, ignore this email: nothing will be sent to you.

				Stocktake
				""".formatted(board.name(), link(token)));
	}

	public Optional<Subscription> find(String token) {
		return row(token).map(r -> new Subscription(boards.board(String.valueOf(r.boardId())), r.email(), r.confirmed()));
	}

	@Transactional
	public boolean confirm(String token) {
		Optional<Row> row = row(token);
		row.ifPresent(r -> {
			repository.confirm(r.id());
			audit.updated("board-subscription", String.valueOf(r.id()), "Subscription confirmed", r.confirmed(), true);
		});
		return row.isPresent();
	}

	@Transactional
	public boolean unsubscribe(String token) {
		Optional<Row> row = row(token);
		row.ifPresent(r -> {
			repository.delete(r.id());
			audit.deleted("board-subscription", String.valueOf(r.id()), "Unsubscribed from a board's papers", Map.of("board", r.boardId()));
		});
		return row.isPresent();
	}

	private Optional<Row> row(String token) {
		if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
			return Optional.empty();
		}
		return repository.byToken(token);
	}

	@TransactionalEventListener
	void onPublished(PackVersion.Published event) {
		Meeting meeting = boards.meeting(BoardReader.anonymous(), event.meetingId());
		String what = switch (event.what()) {
			case "note" -> "the note of its meeting of " + meeting.title().substring(meeting.board().name().length() + 2);
			case "pack" -> "a new version of the papers for its meeting of " + meeting.title().substring(meeting.board().name().length() + 2);
			default -> "the agenda and papers for its meeting of " + meeting.title().substring(meeting.board().name().length() + 2);
		};
		StringBuilder agenda = new StringBuilder();
		meeting.items().forEach(i -> agenda.append(i.number()).append(". ").append(i.visible() ? i.title() : "Exempt item").append('\n'));
		for (Row subscriber : repository.confirmed(meeting.board().id())) {
			mailer.send(subscriber.email(), "New papers: " + meeting.title(), """
					The %s has published %s.

					%s
					Read them: %s/meetings/%d

					You are sent this because you subscribed to the board's papers. To unsubscribe: %s

					Stocktake
					""".formatted(meeting.board().name(), what, agenda, siteUrl, meeting.id(), link(subscriber.token())));
		}
	}

	private String link(String token) {
		return siteUrl + "/subscriptions/" + token;
	}

	static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}
