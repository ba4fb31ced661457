package org.stocktake.platform.web;

import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the navigation its visitor may use, with the current section marked. */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

	private final List<Navigation> navigation;

	LayoutAdvice(List<Navigation> navigation) {
		this.navigation = navigation.stream().sorted(Comparator.comparingInt(Navigation::order)).toList();
	}

	@ModelAttribute("navigation")
	List<Navigation.Item> navigation(HttpServletRequest request) {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		Navigation best = navigation.stream()
			.filter(n -> n.href().equals("/") ? path.equals("/") : path.startsWith(n.href()))
			.max(Comparator.comparingInt(n -> n.href().length()))
			.orElse(null);
		return navigation.stream()
			.filter(n -> n.visibleTo().test(auth))
			.map(n -> new Navigation.Item(n.href(), n.labelKey(), n == best))
			.toList();
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}
}
