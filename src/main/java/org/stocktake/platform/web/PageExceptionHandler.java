package org.stocktake.platform.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** The GOV.UK error pages for the same exceptions the API turns into problem documents. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

	@ExceptionHandler(NotFoundException.class)
	String notFound(NotFoundException ex, HttpServletResponse response, Model model) {
		response.setStatus(404);
		model.addAttribute("detail", ex.getMessage());
		return "error/404";
	}

	@ExceptionHandler(ForbiddenException.class)
	String forbidden(ForbiddenException ex, HttpServletResponse response, Model model) {
		response.setStatus(403);
		model.addAttribute("detail", ex.getMessage());
		return "error/403";
	}

	@ExceptionHandler(BadRequestException.class)
	String badRequest(BadRequestException ex, HttpServletResponse response, Model model) {
		response.setStatus(400);
		model.addAttribute("detail", ex.getMessage());
		return "error/400";
	}
}
