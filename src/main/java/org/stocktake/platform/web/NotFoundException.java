package org.stocktake.platform.web;

/** The thing asked for does not exist: 404 for pages and the API alike. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}
}
