package org.stocktake.platform.web;

/** {@code page} from 0 and {@code size} from 1 to 1,000 (default 50), validated once for every list. */
public record PageRequest(int page, int size) {

	public static final int DEFAULT_SIZE = 50;
	public static final int MAX_SIZE = 1000;

	public PageRequest {
		if (page < 0) {
			throw new BadRequestException("page", Integer.toString(page), "page must be 0 or more");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new BadRequestException("size", Integer.toString(size), "size must be between 1 and " + MAX_SIZE);
		}
	}

	public static PageRequest of(Integer page, Integer size) {
		return new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
	}

	public long offset() {
		return (long) page * size;
	}
}
