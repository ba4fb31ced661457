package org.stocktake.boards;

/** A meeting's agenda is prepared as a draft, then published for everyone entitled to read it. */
public enum MeetingStatus {

	DRAFT, PUBLISHED;

	public String messageKey() {
		return "boards.meetingStatus." + name();
	}
}
