package org.stocktake.platform.web;

import java.util.List;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every API error is an RFC 9457 problem document that says which parameter or row is wrong. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return Problems.of(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler(ForbiddenException.class)
	ProblemDetail forbidden(ForbiddenException ex) {
		return Problems.of(HttpStatus.FORBIDDEN, ex.getMessage());
	}

	@ExceptionHandler(BadRequestException.class)
	ProblemDetail badRequest(BadRequestException ex) {
		return Problems.invalid(HttpStatus.BAD_REQUEST, ex.getMessage(), ex.errors());
	}

	@ExceptionHandler(UnprocessableException.class)
	ProblemDetail unprocessable(UnprocessableException ex) {
		ProblemDetail problem = Problems.invalid(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage(), ex.errors());
		ex.properties().forEach(problem::setProperty);
		return problem;
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status,
			WebRequest request) {
		String name = ex instanceof MethodArgumentTypeMismatchException m ? m.getName() : ex.getPropertyName();
		String value = ex.getValue() == null ? null : ex.getValue().toString();
		String expected = ex.getRequiredType() == null ? "a different value" : describe(ex.getRequiredType());
		String message = "'" + value + "' is not valid for " + name + ": expected " + expected;
		return ResponseEntity.badRequest()
			.body(Problems.invalid(HttpStatus.BAD_REQUEST, message, List.of(Problems.FieldError.field(name, value, message))));
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String message = "The parameter " + ex.getParameterName() + " is required";
		return ResponseEntity.badRequest()
			.body(Problems.invalid(HttpStatus.BAD_REQUEST, message,
					List.of(Problems.FieldError.field(ex.getParameterName(), null, message))));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		List<Problems.FieldError> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(e -> Problems.FieldError.field(e.getField(), e.getRejectedValue() == null ? null : e.getRejectedValue().toString(),
					e.getDefaultMessage()))
			.toList();
		return ResponseEntity.badRequest().body(Problems.invalid(HttpStatus.BAD_REQUEST, "The request body is not valid", errors));
	}

	private static String describe(Class<?> type) {
		if (type.isEnum()) {
			return "one of " + java.util.Arrays.toString(type.getEnumConstants());
		}
		if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
			return "a whole number";
		}
		if (type == Boolean.class) {
			return "true or false";
		}
		return type.getSimpleName();
	}
}
