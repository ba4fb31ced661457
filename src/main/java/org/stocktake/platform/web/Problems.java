package org.stocktake.platform.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Problem details with Stocktake's type URIs, so clients can switch on {@code type}. */
public final class Problems {

	private Problems() {
	}

	public static ProblemDetail of(HttpStatus status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("https://stocktake.org/problems/" + slug(status)));
		problem.setTitle(status.getReasonPhrase());
		return problem;
	}

	public static ProblemDetail invalid(HttpStatus status, String detail, List<FieldError> errors) {
		ProblemDetail problem = of(status, detail);
		problem.setProperty("errors", errors);
		return problem;
	}

	private static String slug(HttpStatus status) {
		return status.getReasonPhrase().toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
	}

	/**
	 * One thing wrong with a request or an imported file: a request {@code field}, or a file's {@code row}
	 * (its line number, the header being line 1) and {@code column}, with the offending value.
	 */
	@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
	public record FieldError(String field, Integer row, String column, String value, String message) {

		public static FieldError field(String field, String value, String message) {
			return new FieldError(field, null, null, value, message);
		}

		public static FieldError row(int row, String column, String value, String message) {
			return new FieldError(null, row, column, value, message);
		}
	}
}
