package org.stocktake.boards;

import java.time.LocalDate;
import java.util.List;

/**
 * Improvement activity an officer logged for a board: what, which programme and theme, the councils
 * involved (GSS codes), and whether it is a significant improvement issue for the Improvement and
 * Innovation Board. {@code reportedAt} is the meeting whose activity report included it.
 */
public record Activity(long id, long boardId, String boardSlug, String boardName, String title, String description, String programme,
		String theme, LocalDate date, boolean significant, List<String> councils, Long reportedAt) {

	public Activity {
		councils = List.copyOf(councils);
	}

	/** Two activities on different boards that look alike, why, and how alike their texts are (cosine of TF-IDF, 0 to 1). */
	public record Duplicate(Activity first, Activity second, double similarity, List<String> sharedWords, List<String> sharedCouncils,
			String reason) {
	}
}
