package org.stocktake.platform.web;

import java.util.List;

/** A request parameter or field is wrong; says which and why. */
public class BadRequestException extends RuntimeException {

	private final List<Problems.FieldError> errors;

	public BadRequestException(String field, String value, String message) {
		this(List.of(Problems.FieldError.field(field, value, message)));
	}

	public BadRequestException(List<Problems.FieldError> errors) {
		super(errors.isEmpty() ? "Bad request" : errors.get(0).message());
		this.errors = List.copyOf(errors);
	}

	public List<Problems.FieldError> errors() {
		return errors;
	}
}
