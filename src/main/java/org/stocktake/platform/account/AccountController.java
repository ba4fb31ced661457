package org.stocktake.platform.account;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stocktake.platform.security.AccessTokens;
import org.stocktake.platform.security.SignedInUser;
import org.stocktake.platform.security.UserAdministration;
import org.stocktake.platform.web.BadRequestException;
import org.stocktake.platform.web.FormErrors;

/** A signed-in user's own account: details, password and personal access tokens. */
@Controller
class AccountController {

	private final UserAdministration users;
	private final AccessTokens tokens;
	private final UserDetailsService details;
	private final Clock clock;
	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	AccountController(UserAdministration users, AccessTokens tokens, UserDetailsService details, Clock clock) {
		this.users = users;
		this.tokens = tokens;
		this.details = details;
		this.clock = clock;
	}

	record PasswordForm(String currentPassword, String newPassword, String confirmPassword) {
	}

	record TokenForm(String name, Integer expiresInDays) {
	}

	@GetMapping("/account")
	String account(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("user", user.account());
		model.addAttribute("tokens", tokens.forUser(user.id()));
		model.addAttribute("now", clock.instant());
		model.addAttribute("grants", users.grants(user.id()));
		if (!model.containsAttribute("tokenForm")) {
			model.addAttribute("tokenForm", new TokenForm("", 90));
		}
		return "platform/account";
	}

	@PostMapping("/account/tokens")
	String createToken(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("tokenForm") TokenForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		if (form.name() == null || form.name().isBlank() || form.name().length() > 100) {
			binding.rejectValue("name", "token.name", "Enter a name for the token of up to 100 characters, like 'data import script'");
		}
		if (form.expiresInDays() != null && (form.expiresInDays() < 1 || form.expiresInDays() > 366)) {
			binding.rejectValue("expiresInDays", "token.expiry", "Enter a number of days from 1 to 366, or leave it blank");
		}
		if (binding.hasErrors()) {
			return account(user, model);
		}
		Instant expires = form.expiresInDays() == null ? null : clock.instant().plus(form.expiresInDays(), ChronoUnit.DAYS);
		redirect.addFlashAttribute("newToken", tokens.create(user.id(), form.name().trim(), expires));
		return "redirect:/account";
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revokeToken(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("revoked", tokens.revoke(user.id(), id));
		return "redirect:/account";
	}

	@GetMapping("/account/password")
	String passwordForm(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("form", new PasswordForm("", "", ""));
		model.addAttribute("mustChange", user.account().mustChangePassword());
		return "platform/password";
	}

	@PostMapping("/account/password")
	String changePassword(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("form") PasswordForm form,
			BindingResult binding, Model model, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			users.changeOwnPassword(user.id(), form.currentPassword(), form.newPassword(), form.confirmPassword());
		}
		catch (BadRequestException ex) {
			FormErrors.reject(binding, ex);
			model.addAttribute("mustChange", user.account().mustChangePassword());
			return "platform/password";
		}
		// The session holds the account as it was at sign-in; refresh it so the one-time flag is gone.
		var refreshed = details.loadUserByUsername(user.getUsername());
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(refreshed, null, refreshed.getAuthorities()));
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
		redirect.addFlashAttribute("passwordChanged", true);
		return "redirect:/account";
	}
}
