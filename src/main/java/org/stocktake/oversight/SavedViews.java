package org.stocktake.oversight;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stocktake.oversight.internal.WatchlistRepository;
import org.stocktake.platform.audit.AuditLog;
import org.stocktake.platform.security.Role;
import org.stocktake.platform.security.SignedInUser;
import org.stocktake.platform.web.BadRequestException;
import org.stocktake.platform.web.ForbiddenException;
import org.stocktake.platform.web.NotFoundException;
import org.stocktake.platform.web.Problems.FieldError;

/**
 * Officers' named watchlist views: each keeps a filter and sort; a shared one is listed for every
 * officer, so a colleague opens the same list by its link. Only the owner (or an admin) deletes one.
 */
@Service
public class SavedViews {

	private final WatchlistRepository repository;
	private final Watchlist watchlist;
	private final AuditLog audit;

	SavedViews(WatchlistRepository repository, Watchlist watchlist, AuditLog audit) {
		this.repository = repository;
		this.watchlist = watchlist;
		this.audit = audit;
	}

	/** The reader's own views and every shared one, by name. */
	public List<SavedView> visibleTo(Authentication auth) {
		return repository.viewsVisibleTo(user(auth).id());
	}

	public SavedView get(long id, Authentication auth) {
		SavedView view = repository.view(id).orElseThrow(() -> new NotFoundException("There is no saved view " + id));
		if (!view.shared() && (view.ownerId() == null || view.ownerId() != user(auth).id())) {
			// Someone else's private view does not exist for this reader.
			throw new NotFoundException("There is no saved view " + id);
		}
		return view;
	}

	@Transactional
	public SavedView save(String name, WatchlistQuery query, boolean shared, Authentication auth) {
		SignedInUser user = user(auth);
		List<FieldError> errors = new ArrayList<>();
		String n = name == null ? "" : name.trim();
		if (n.isEmpty()) {
			errors.add(FieldError.field("name", "", "Enter a name for the view"));
		}
		else if (n.length() > 100) {
			errors.add(FieldError.field("name", n, "The name must be 100 characters or fewer"));
		}
		else if (repository.nameTaken(user.id(), n)) {
			errors.add(FieldError.field("name", n, "You already have a view called " + n));
		}
		WatchlistQuery q = null;
		try {
			q = query.validated(watchlist.weights());
		}
		catch (BadRequestException ex) {
			errors.addAll(ex.errors());
		}
		if (!errors.isEmpty()) {
			throw new BadRequestException(errors);
		}
		String owner = user.account().displayName() == null ? user.getUsername() : user.account().displayName();
		SavedView view = repository.insertView(n, user.id(), owner, q.toQueryString(), shared);
		audit.created("watchlist-view", Long.toString(view.id()), "Saved the watchlist view " + n + (shared ? " (shared)" : ""), view);
		return view;
	}

	@Transactional
	public void delete(long id, Authentication auth) {
		SavedView view = get(id, auth);
		SignedInUser user = user(auth);
		boolean own = view.ownerId() != null && view.ownerId() == user.id();
		if (!own && user.role() != Role.ADMIN) {
			throw new ForbiddenException("Only the officer who saved a view, or an admin, may delete it");
		}
		repository.deleteView(id);
		audit.deleted("watchlist-view", Long.toString(id), "Deleted the watchlist view " + view.name(), view);
	}

	private static SignedInUser user(Authentication auth) {
		if (auth != null && auth.getPrincipal() instanceof SignedInUser user) {
			return user;
		}
		throw new ForbiddenException("Sign in to use saved views");
	}
}
