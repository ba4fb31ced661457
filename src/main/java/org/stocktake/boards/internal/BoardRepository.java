package org.stocktake.boards.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stocktake.boards.Action;
import org.stocktake.boards.ActionStatus;
import org.stocktake.boards.AgendaItem;
import org.stocktake.boards.Board;
import org.stocktake.boards.Decision;
import org.stocktake.boards.MeetingStatus;
import org.stocktake.boards.MemberRole;
import org.stocktake.boards.Purpose;

/** Boards, members, meetings, agenda items and actions in PostgreSQL. */
@Repository
public class BoardRepository {

	/** A member as stored; the service adds the person's name and group from the directory. */
	public record MemberRow(long id, long boardId, long personId, String year, MemberRole role, Long userId, String username) {
	}

	/** A meeting as stored, without its items. */
	public record MeetingRow(long id, long boardId, LocalDate date, LocalTime startTime, String venue, String cycle, MeetingStatus status,
			boolean minutesPublished) {
	}

	private static final String ACTION_SELECT = """
			select x.*, m.board_id, m.meeting_date, m.minutes_published, b.slug, b.name as board_name, i.position as item_number, coalesce(i.exempt, false) as item_exempt
			from board_action x join meeting m on m.id = x.meeting_id join board b on b.id = m.board_id
			left join agenda_item i on i.id = x.agenda_item_id
			""";

	private final JdbcClient jdbc;

	BoardRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// Boards

	public List<Board> boards() {
		return jdbc.sql("select * from board order by name").query((rs, n) -> board(rs)).list();
	}

	public Optional<Board> board(long id) {
		return jdbc.sql("select * from board where id = ?").param(id).query((rs, n) -> board(rs)).optional();
	}

	public Optional<Board> boardBySlug(String slug) {
		return jdbc.sql("select * from board where slug = ?").param(slug).query((rs, n) -> board(rs)).optional();
	}

	public long insertBoard(String slug, String name, String termsOfReference, boolean demonstration) {
		return jdbc.sql("insert into board (slug, name, terms_of_reference, demonstration) values (?, ?, ?, ?) returning id")
			.params(slug, name, termsOfReference, demonstration)
			.query(Long.class)
			.single();
	}

	public void updateBoard(long id, String name, String termsOfReference, String priorities) {
		jdbc.sql("update board set name = ?, terms_of_reference = ?, priorities = ?, updated_at = now() where id = ?")
			.params(name, termsOfReference, priorities, id)
			.update();
	}

	public void setBoardPriorities(long id, String priorities) {
		jdbc.sql("update board set priorities = ? where id = ?").params(priorities, id).update();
	}

	/** The years of the board's memberships, newest first. */
	public List<String> memberYears(long boardId) {
		return jdbc.sql("select distinct year from board_member where board_id = ? order by year desc").param(boardId).query(String.class).list();
	}

	/** Copies the members of {@code from} into {@code to}, except those already there; answers how many were copied. */
	public int copyMembers(long boardId, String from, String to, String actor) {
		return jdbc.sql("""
				insert into board_member (board_id, person_id, year, member_role, user_id, created_by)
				select board_id, person_id, ?, member_role, user_id, ? from board_member m
				where board_id = ? and year = ?
				  and not exists (select 1 from board_member o where o.board_id = m.board_id and o.person_id = m.person_id and o.year = ?)
				""").params(to, actor, boardId, from, to).update();
	}

	public void setMemberRole(long memberId, MemberRole role) {
		jdbc.sql("update board_member set member_role = ? where id = ?").params(role.name(), memberId).update();
	}

	public int countBoards() {
		return jdbc.sql("select count(*) from board").query(Integer.class).single();
	}

	// Members

	public List<MemberRow> members(long boardId) {
		return jdbc.sql("""
				select bm.*, u.username from board_member bm left join app_user u on u.id = bm.user_id
				where bm.board_id = ? order by bm.year desc, bm.id
				""").param(boardId).query((rs, n) -> member(rs)).list();
	}

	public Optional<MemberRow> member(long id) {
		return jdbc.sql("select bm.*, u.username from board_member bm left join app_user u on u.id = bm.user_id where bm.id = ?")
			.param(id)
			.query((rs, n) -> member(rs))
			.optional();
	}

	public boolean memberExists(long boardId, long personId, String year) {
		return jdbc.sql("select exists (select 1 from board_member where board_id = ? and person_id = ? and year = ?)")
			.params(boardId, personId, year)
			.query(Boolean.class)
			.single();
	}

	public long insertMember(long boardId, long personId, String year, MemberRole role, Long userId, String actor) {
		return jdbc.sql("""
				insert into board_member (board_id, person_id, year, member_role, user_id, created_by) values (?, ?, ?, ?, ?, ?) returning id
				""").params(boardId, personId, year, role.name(), userId, actor).query(Long.class).single();
	}

	public void deleteMember(long id) {
		jdbc.sql("delete from board_member where id = ?").param(id).update();
	}

	/** The boards whose membership in {@code year} includes the account {@code userId}. */
	public Set<Long> boardsOfUser(long userId, String year) {
		return Set.copyOf(jdbc.sql("select distinct board_id from board_member where user_id = ? and year = ?")
			.params(userId, year)
			.query(Long.class)
			.list());
	}

	// Meetings

	public List<MeetingRow> meetings(long boardId) {
		return jdbc.sql("select * from meeting where board_id = ? order by meeting_date desc, id desc").param(boardId).query((rs, n) -> meeting(rs)).list();
	}

	public Optional<MeetingRow> meeting(long id) {
		return jdbc.sql("select * from meeting where id = ?").param(id).query((rs, n) -> meeting(rs)).optional();
	}

	public long insertMeeting(long boardId, LocalDate date, LocalTime time, String venue, String cycle, String actor) {
		Map<String, Object> p = new HashMap<>();
		p.put("board", boardId);
		p.put("date", date);
		p.put("time", time);
		p.put("venue", venue);
		p.put("cycle", cycle);
		p.put("actor", actor);
		return jdbc.sql("""
				insert into meeting (board_id, meeting_date, start_time, venue, cycle, created_by)
				values (:board, :date, :time, :venue, :cycle, :actor) returning id
				""").params(p).query(Long.class).single();
	}

	/** Meetings of other boards in the cycle that fall after {@code date}: board name and date, earliest first. */
	public List<Map.Entry<String, LocalDate>> laterInCycle(String cycle, long exceptBoardId, LocalDate date) {
		return jdbc.sql("""
				select b.name, m.meeting_date from meeting m join board b on b.id = m.board_id
				where m.cycle = ? and m.board_id <> ? and m.meeting_date > ? order by m.meeting_date, b.name
				""").params(cycle, exceptBoardId, date)
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getObject(2, LocalDate.class)))
			.list();
	}

	public void setStatus(long meetingId, MeetingStatus status) {
		jdbc.sql("update meeting set status = ?, published_at = case when ? = 'PUBLISHED' then now() else published_at end where id = ?")
			.params(status.name(), status.name(), meetingId)
			.update();
	}

	public void setMinutesPublished(long meetingId, boolean published) {
		jdbc.sql("update meeting set minutes_published = ? where id = ?").params(published, meetingId).update();
	}

	// Agenda items

	public List<AgendaItem> items(long meetingId) {
		return jdbc.sql("select * from agenda_item where meeting_id = ? order by position").param(meetingId).query((rs, n) -> item(rs)).list();
	}

	public Optional<AgendaItem> item(long id) {
		return jdbc.sql("select * from agenda_item where id = ?").param(id).query((rs, n) -> item(rs)).optional();
	}

	/** An item's own fields as the insert and the update name them. */
	private static Map<String, Object> itemParams(AgendaItem i) {
		Map<String, Object> p = new HashMap<>();
		p.put("title", i.title());
		p.put("purpose", i.purpose().name());
		p.put("exempt", i.exempt());
		p.put("paragraph", i.exemptParagraph());
		p.put("cname", i.contactName());
		p.put("cposition", i.contactPosition());
		p.put("cphone", i.contactPhone());
		p.put("cemail", i.contactEmail());
		p.put("summary", i.summary());
		p.put("recommendations", i.recommendations());
		p.put("action", i.actionText());
		p.put("body", i.body());
		return p;
	}

	public long insertItem(AgendaItem i) {
		Map<String, Object> p = itemParams(i);
		p.put("meeting", i.meetingId());
		return jdbc.sql("""
				insert into agenda_item (meeting_id, position, title, purpose, exempt, exempt_paragraph, contact_name, contact_position,
				  contact_phone, contact_email, summary, recommendations, action_text, body)
				values (:meeting, (select coalesce(max(position), 0) + 1 from agenda_item where meeting_id = :meeting), :title, :purpose,
				  :exempt, :paragraph, :cname, :cposition, :cphone, :cemail, :summary, :recommendations, :action, :body)
				returning id
				""").params(p).query(Long.class).single();
	}

	public void updateItem(long id, AgendaItem i) {
		Map<String, Object> p = itemParams(i);
		p.put("id", id);
		jdbc.sql("""
				update agenda_item set title = :title, purpose = :purpose, exempt = :exempt, exempt_paragraph = :paragraph,
				  contact_name = :cname, contact_position = :cposition, contact_phone = :cphone, contact_email = :cemail, summary = :summary,
				  recommendations = :recommendations, action_text = :action, body = :body
				where id = :id
				""").params(p).update();
	}

	public void recordNote(long itemId, Decision decision, String minute) {
		jdbc.sql("update agenda_item set decision = ?, minute = ? where id = ?")
			.params(decision == null ? null : decision.name(), minute, itemId)
			.update();
	}

	// Actions

	public List<Action> actionsOfMeeting(long meetingId) {
		return jdbc.sql(ACTION_SELECT + " where x.meeting_id = ? order by x.due_date, x.id").param(meetingId).query((rs, n) -> action(rs)).list();
	}

	public List<Action> allActions() {
		return jdbc.sql(ACTION_SELECT + " order by x.due_date, x.id").query((rs, n) -> action(rs)).list();
	}

	public Optional<Action> action(long id) {
		return jdbc.sql(ACTION_SELECT + " where x.id = ?").param(id).query((rs, n) -> action(rs)).optional();
	}

	public long insertAction(long meetingId, Long itemId, String description, String owner, LocalDate due, String actor) {
		Map<String, Object> p = new HashMap<>();
		p.put("meeting", meetingId);
		p.put("item", itemId);
		p.put("description", description);
		p.put("owner", owner);
		p.put("due", due);
		p.put("actor", actor);
		return jdbc.sql("""
				insert into board_action (meeting_id, agenda_item_id, description, owner, due_date, created_by)
				values (:meeting, :item, :description, :owner, :due, :actor) returning id
				""").params(p).query(Long.class).single();
	}

	public void setActionStatus(long id, ActionStatus status) {
		jdbc.sql("update board_action set status = ?, updated_at = now() where id = ?").params(status.name(), id).update();
	}

	private static Board board(ResultSet rs) throws SQLException {
		return new Board(rs.getLong("id"), rs.getString("slug"), rs.getString("name"), rs.getString("terms_of_reference"),
				rs.getString("priorities"), rs.getBoolean("demonstration"));
	}

	private static MemberRow member(ResultSet rs) throws SQLException {
		return new MemberRow(rs.getLong("id"), rs.getLong("board_id"), rs.getLong("person_id"), rs.getString("year"),
				MemberRole.valueOf(rs.getString("member_role")), (Long) rs.getObject("user_id"), rs.getString("username"));
	}

	private static MeetingRow meeting(ResultSet rs) throws SQLException {
		return new MeetingRow(rs.getLong("id"), rs.getLong("board_id"), rs.getObject("meeting_date", LocalDate.class),
				rs.getObject("start_time", LocalTime.class), rs.getString("venue"), rs.getString("cycle"),
				MeetingStatus.valueOf(rs.getString("status")), rs.getBoolean("minutes_published"));
	}

	private static AgendaItem item(ResultSet rs) throws SQLException {
		String decision = rs.getString("decision");
		return new AgendaItem(rs.getLong("id"), rs.getLong("meeting_id"), rs.getInt("position"), rs.getString("title"),
				Purpose.valueOf(rs.getString("purpose")), rs.getBoolean("exempt"), (Integer) rs.getObject("exempt_paragraph"),
				rs.getString("contact_name"), rs.getString("contact_position"), rs.getString("contact_phone"), rs.getString("contact_email"),
				rs.getString("summary"), rs.getString("recommendations"), rs.getString("action_text"), rs.getString("body"),
				decision == null ? null : Decision.valueOf(decision), rs.getString("minute"), true);
	}

	private static Action action(ResultSet rs) throws SQLException {
		return new Action(rs.getLong("id"), rs.getLong("meeting_id"), rs.getLong("board_id"), rs.getString("slug"), rs.getString("board_name"),
				rs.getObject("meeting_date", LocalDate.class), (Long) rs.getObject("agenda_item_id"), (Integer) rs.getObject("item_number"),
				rs.getBoolean("item_exempt"), rs.getString("description"), rs.getString("owner"), rs.getObject("due_date", LocalDate.class),
				ActionStatus.valueOf(rs.getString("status")), rs.getBoolean("minutes_published"));
	}
}
