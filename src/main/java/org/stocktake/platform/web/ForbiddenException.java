package org.stocktake.platform.web;

/** Signed in, but this record is not theirs to see (e.g. another council's returns). */
public class ForbiddenException extends RuntimeException {

	public ForbiddenException(String message) {
		super(message);
	}
}
