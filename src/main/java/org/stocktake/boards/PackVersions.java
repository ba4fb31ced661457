package org.stocktake.boards;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stocktake.boards.PackVersion.Entry;
import org.stocktake.boards.internal.PackRepository;
import org.stocktake.platform.audit.AuditLog;
import org.stocktake.platform.web.BadRequestException;
import org.stocktake.reporting.Reports;
import org.stocktake.reporting.Reports.Format;

/**
 * The published versions of each meeting's public pack. Publishing the agenda makes version 1;
 * a clerk republishes after a change, and every earlier version stays downloadable with what
 * changed — except a version holding an item since made exempt, which only those who may read
 * exempt items still get.
 */
@Service
public class PackVersions {

	private final Boards boards;
	private final MeetingPack pack;
	private final Reports reports;
	private final PackRepository repository;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;

	PackVersions(Boards boards, MeetingPack pack, Reports reports, PackRepository repository, AuditLog audit, ApplicationEventPublisher events) {
		this.boards = boards;
		this.pack = pack;
		this.reports = reports;
		this.repository = repository;
		this.audit = audit;
		this.events = events;
	}

	/** The pack for this reader, with the page ranges in its agenda. */
	public MeetingPack.Rendered current(Meeting meeting) {
		return pack.render(meeting, membersOf(meeting));
	}

	private List<Member> membersOf(Meeting meeting) {
		String year = Boards.yearOf(meeting.date());
		return boards.members(meeting.board()).stream().filter(m -> m.year().equals(year)).toList();
	}

	/** The versions this reader may download, newest first. */
	public List<PackVersion> versions(BoardReader reader, Meeting meeting) {
		Set<Long> exemptNow = meeting.items().stream().filter(AgendaItem::exempt).map(AgendaItem::id).collect(Collectors.toSet());
		boolean seesExempt = reader.seesExempt(meeting.board());
		return repository.versions(meeting.id()).stream()
			.filter(v -> seesExempt || v.contents().stream().noneMatch(e -> e.title() != null && exemptNow.contains(e.itemId())))
			.toList();
	}

	public Optional<byte[]> file(BoardReader reader, Meeting meeting, int version, Format format) {
		if (versions(reader, meeting).stream().noneMatch(v -> v.version() == version)) {
			return Optional.empty();
		}
		return repository.file(meeting.id(), version, format == Format.PDF);
	}

	@EventListener
	void onPublished(PackVersion.Published event) {
		if (event.what().equals("agenda")) {
			record(event.meetingId(), true);
		}
	}

	/** A clerk republishes the pack after a change; refused when the public pack is as the last version had it. */
	@Transactional
	public PackVersion republish(BoardReader reader, long meetingId) {
		Meeting managed = boards.managed(reader, meetingId);
		if (managed.status() != MeetingStatus.PUBLISHED) {
			throw new BadRequestException("pack", null, "Publish the agenda before publishing a new version of the pack");
		}
		PackVersion created = record(meetingId, false);
		events.publishEvent(new PackVersion.Published(meetingId, "pack"));
		return created;
	}

	private PackVersion record(long meetingId, boolean first) {
		Meeting meeting = boards.meeting(BoardReader.anonymous(), meetingId);
		MeetingPack.Rendered rendered = pack.render(meeting, membersOf(meeting));
		List<Entry> contents = meeting.items().stream().map(i -> new Entry(i.id(), i.number(), i.visible() ? i.title() : null, digest(i),
				rendered.pages().get(i.number()))).toList();
		List<PackVersion> earlier = repository.versions(meetingId);
		String changes;
		if (earlier.isEmpty()) {
			changes = "First publication.";
		}
		else {
			changes = changes(earlier.get(0).contents(), contents);
			if (changes.isEmpty() && !first) {
				throw new BadRequestException("pack", null, "Nothing in the public pack has changed since version " + earlier.get(0).version());
			}
			if (changes.isEmpty()) {
				changes = "Republished unchanged.";
			}
		}
		byte[] docx = reports.render(rendered.report(), Format.DOCX);
		int version = repository.insert(meetingId, rendered.pdf(), docx, contents, changes, AuditLog.currentActor());
		PackVersion created = repository.versions(meetingId).stream().filter(v -> v.version() == version).findFirst().orElseThrow();
		audit.created("meeting-pack", meetingId + "/" + version, "Version " + version + " of the pack of " + meeting.title() + " published",
				Map.of("version", version, "changes", changes));
		return created;
	}

	/** What changed, one line an item; an item now exempt is named only by its number. */
	static String changes(List<Entry> before, List<Entry> after) {
		Map<Long, Entry> old = new HashMap<>();
		before.forEach(e -> old.put(e.itemId(), e));
		List<String> lines = new ArrayList<>();
		for (Entry e : after) {
			Entry was = old.remove(e.itemId());
			if (was == null) {
				lines.add(e.title() == null ? "Item " + e.number() + " added: an exempt item." : "Item " + e.number() + " added: " + e.title() + ".");
			}
			else if (e.title() == null && was.title() != null) {
				lines.add("Item " + e.number() + " is now exempt and not for publication.");
			}
			else if (!Objects.equals(was.digest(), e.digest()) || !Objects.equals(was.title(), e.title())) {
				lines.add("Item " + e.number() + (e.title() == null ? "" : " (" + e.title() + ")") + ": report changed.");
			}
			else if (was.number() != e.number()) {
				lines.add("Item " + was.number() + " is now item " + e.number() + ".");
			}
		}
		old.values().forEach(e -> lines.add("Item " + e.number() + " removed" + (e.title() == null ? "." : ": " + e.title() + ".")));
		return String.join("\n", lines);
	}

	private static String digest(AgendaItem i) {
		if (!i.visible()) {
			return "exempt";
		}
		String text = String.join("\u0000", String.valueOf(i.title()), String.valueOf(i.purpose()), String.valueOf(i.contactName()),
				String.valueOf(i.contactPosition()), String.valueOf(i.summary()), String.valueOf(i.recommendations()), String.valueOf(i.actionText()),
				String.valueOf(i.body()));
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
