package org.stocktake.platform.web;

import java.util.List;
import java.util.Map;

/** Well-formed but wrong content, such as an import with bad rows: 422 listing every problem. */
public class UnprocessableException extends RuntimeException {

	private final List<Problems.FieldError> errors;
	private final Map<String, Object> properties;

	public UnprocessableException(String message, List<Problems.FieldError> errors) {
		this(message, errors, Map.of());
	}

	public UnprocessableException(String message, List<Problems.FieldError> errors, Map<String, Object> properties) {
		super(message);
		this.errors = List.copyOf(errors);
		this.properties = Map.copyOf(properties);
	}

	public List<Problems.FieldError> errors() {
		return errors;
	}

	public Map<String, Object> properties() {
		return properties;
	}
}
