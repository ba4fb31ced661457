package org.stocktake.collection.internal;

import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.stocktake.collection.Collection;
import org.stocktake.collection.ReturnState;
import org.stocktake.platform.mail.Mailer;
import org.stocktake.platform.security.Role;
import org.stocktake.platform.security.UserAccount;
import org.stocktake.platform.security.UserStore;
import org.stocktake.register.Area;
import org.stocktake.register.Register;

/** Mails the council users of an authority about its return: reminders and officers' decisions. */
@Component
public class Notifications {

	private final Mailer mailer;
	private final UserStore users;
	private final Register register;
	private final String baseUrl;

	Notifications(Mailer mailer, UserStore users, Register register, @Value("${stocktake.base-url:http://localhost:8080}") String baseUrl) {
		this.mailer = mailer;
		this.users = users;
		this.register = register;
		this.baseUrl = baseUrl;
	}

	public void remind(Collection c, Area area, ReturnState state, boolean overdue) {
		String subject = (overdue ? "Overdue: " : "Reminder: ") + c.title() + " (" + c.period() + ") for " + area.name();
		String body = (overdue ? "The collection closed on " + c.closesOn() + " and " : "The collection closes on " + c.closesOn() + " and ")
				+ area.name() + "'s return is " + state.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ".\n\nEnter and submit the figures at "
				+ link(c, area) + "\n";
		councilUsers(area).forEach(u -> mailer.send(u.email(), subject, body));
	}

	public void reviewed(Collection c, Area area, ReturnState state, String comment) {
		String verb = switch (state) {
			case ACCEPTED -> "accepted";
			case QUERIED -> "queried";
			default -> "rejected";
		};
		String subject = "Your return to " + c.title() + " (" + c.period() + ") was " + verb;
		String body = "An officer " + verb + " " + area.name() + "'s return to " + c.title() + "." + (comment == null ? "" : "\n\nTheir comment:\n" + comment)
				+ (state == ReturnState.QUERIED ? "\n\nAnswer the query and submit again at " + link(c, area) : "")
				+ (state == ReturnState.ACCEPTED ? "\n\nThe figures will be published on " + c.publishOn() + "." : "") + "\n";
		councilUsers(area).forEach(u -> mailer.send(u.email(), subject, body));
	}

	private String link(Collection c, Area area) {
		return baseUrl + "/collections/" + c.id() + "/returns/" + area.gssCode();
	}

	private List<UserAccount> councilUsers(Area area) {
		return users.findAll().stream()
			.filter(u -> u.enabled() && u.role() == Role.COUNCIL && u.authorityCode() != null && u.email() != null)
			.filter(u -> register.find(u.authorityCode()).map(a -> a.gssCode().equals(area.gssCode())).orElse(false))
			.toList();
	}
}
