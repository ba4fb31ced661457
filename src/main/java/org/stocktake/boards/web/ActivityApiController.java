package org.stocktake.boards.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.stocktake.boards.Activity;
import org.stocktake.boards.Boards;
import org.stocktake.boards.Forms.NewActivity;
import org.stocktake.boards.ImprovementActivities;
import org.stocktake.platform.web.PageRequest;
import org.stocktake.platform.web.Paged;

@RestController
@Tag(name = "Improvement activity", description = "Improvement activity logged by officers for any board, and activities on different boards "
		+ "that look alike")
class ActivityApiController {

	private final Boards boards;
	private final ImprovementActivities activities;

	ActivityApiController(Boards boards, ImprovementActivities activities) {
		this.boards = boards;
		this.activities = activities;
	}

	@PostMapping("/api/v1/activities")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Log improvement activity for a board (officers)", description = "board: slug or id; date: YYYY-MM-DD; councils: GSS "
			+ "codes (a former code finds its authority); significant: a significant improvement issue for the Improvement and Innovation Board, "
			+ "queued for its next meeting.")
	ActivityController.ActivityJson create(@RequestBody NewActivity body, Authentication auth) {
		return ActivityController.ActivityJson.of(activities.log(boards.reader(auth), body));
	}

	@GetMapping("/api/v1/activities")
	@Operation(summary = "Improvement activity across the boards, newest first (officers)")
	Paged<ActivityController.ActivityJson> list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Authentication auth) {
		List<Activity> all = activities.activities(boards.reader(auth));
		PageRequest request = PageRequest.of(page, size);
		int from = (int) Math.min(all.size(), request.offset());
		int to = Math.min(all.size(), from + request.size());
		return new Paged<>(all.subList(from, to).stream().map(ActivityController.ActivityJson::of).toList(), request.page(), request.size(), all.size());
	}

	@GetMapping("/api/v1/activities/duplicates")
	@Operation(summary = "Pairs of activities on different boards that look alike, with the reason (officers)",
			description = "Flagged when the TF-IDF cosine of title and description is at least 0.5, or at least 0.25 with a council in common. "
					+ "similarity is that cosine.")
	List<ActivityController.DuplicateJson> duplicates(Authentication auth) {
		return activities.duplicates(boards.reader(auth)).stream().map(ActivityController.DuplicateJson::of).toList();
	}
}
