package org.stocktake.platform.admin;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stocktake.platform.audit.AuditTrail;
import org.stocktake.platform.security.Role;
import org.stocktake.platform.security.UserAccount;
import org.stocktake.platform.security.UserAdministration;
import org.stocktake.platform.security.UserAdministration.AccountDetails;
import org.stocktake.platform.security.UserStore;
import org.stocktake.platform.web.BadRequestException;
import org.stocktake.platform.web.FormErrors;
import org.stocktake.platform.web.NotFoundException;
import org.stocktake.platform.web.PageRequest;
import org.stocktake.platform.web.Option;

/** Admins manage accounts, their grants, and read the audit trail. */
@Controller
class AdminController {

	private final UserStore store;
	private final UserAdministration users;
	private final AuditTrail audit;

	AdminController(UserStore store, UserAdministration users, AuditTrail audit) {
		this.store = store;
		this.users = users;
		this.audit = audit;
	}

	/** A missing checkbox is not sent at all, so {@code enabled} is a Boolean: absent means unticked, not a binding failure. */
	record UserForm(String username, String displayName, String email, String role, String authorityCode, Boolean enabled) {
		static UserForm of(UserAccount a) {
			return new UserForm(a.username(), a.displayName(), a.email(), a.role().name(), a.authorityCode(), a.enabled());
		}

		AccountDetails details() {
			Role parsed = role == null || role.isBlank() ? null : Role.parse(role);
			return new AccountDetails(username, displayName, email, parsed, authorityCode, Boolean.TRUE.equals(enabled));
		}
	}


	record GrantForm(String permission, String scope) {
	}

	@GetMapping("/admin")
	String admin() {
		return "redirect:/admin/users";
	}

	@GetMapping("/admin/users")
	String list(Model model) {
		model.addAttribute("users", store.findAll());
		return "platform/admin/users";
	}

	@GetMapping("/admin/users/new")
	String newUser(Model model) {
		model.addAttribute("form", new UserForm("", "", "", "OFFICER", "", true));
		model.addAttribute("roles", roles());
		return "platform/admin/user-new";
	}

	@PostMapping("/admin/users/new")
	String create(@ModelAttribute("form") UserForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("oneTimePassword", users.create(form.details()));
		}
		catch (BadRequestException | IllegalArgumentException ex) {
			FormErrors.reject(binding, ex instanceof BadRequestException b ? b : new BadRequestException("role", form.role(), "Select a role"));
			model.addAttribute("roles", roles());
			return "platform/admin/user-new";
		}
		long id = store.findByUsername(form.username().trim()).orElseThrow().id();
		return "redirect:/admin/users/" + id;
	}

	@GetMapping("/admin/users/{id}")
	String show(@PathVariable long id, Model model) {
		UserAccount account = store.findById(id).orElseThrow(() -> new NotFoundException("There is no user " + id));
		model.addAttribute("account", account);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", UserForm.of(account));
		}
		model.addAttribute("grantForm", new GrantForm("", ""));
		model.addAttribute("grants", users.grants(id));
		model.addAttribute("roles", roles());
		return "platform/admin/user";
	}

	@PostMapping("/admin/users/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") UserForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		UserAccount account = store.findById(id).orElseThrow(() -> new NotFoundException("There is no user " + id));
		try {
			UserForm withName = new UserForm(account.username(), form.displayName(), form.email(), form.role(), form.authorityCode(),
					form.enabled());
			users.update(id, withName.details());
		}
		catch (BadRequestException ex) {
			FormErrors.reject(binding, ex);
			return show(id, model);
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/admin/users/{id}/reset-password")
	String resetPassword(@PathVariable long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("oneTimePassword", users.resetPassword(id));
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/admin/users/{id}/grants")
	String grant(@PathVariable long id, GrantForm form, RedirectAttributes redirect) {
		try {
			users.grant(id, form.permission() == null ? null : form.permission().trim().toUpperCase(java.util.Locale.ROOT), form.scope());
		}
		catch (BadRequestException ex) {
			redirect.addFlashAttribute("grantError", ex.getMessage());
		}
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/admin/users/{id}/grants/revoke")
	String revoke(@PathVariable long id, GrantForm form) {
		users.revoke(id, form.permission(), form.scope());
		return "redirect:/admin/users/" + id;
	}

	@GetMapping("/admin/audit")
	String audit(@RequestParam(required = false) String actor, @RequestParam(required = false) String entityType,
			@RequestParam(required = false) String entityId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Integer page, Model model) {
		var filter = new AuditTrail.Filter(actor, entityType, entityId, from, to);
		model.addAttribute("filter", filter);
		model.addAttribute("events", audit.search(filter, PageRequest.of(page, 50)));
		model.addAttribute("entityTypes", audit.entityTypes());
		return "platform/admin/audit";
	}

	private static List<Option> roles() {
		return Arrays.stream(Role.values()).map(r -> new Option(r.name(), r.name())).toList();
	}
}
