package org.stocktake.platform.web;

import java.util.List;
import java.util.function.Function;

/** A page of a list, as CONTRACT.md shapes it: {@code {"items", "page", "size", "totalItems"}}. */
public record Paged<T>(List<T> items, int page, int size, long totalItems) {

	public int totalPages() {
		return (int) Math.max(1, (totalItems + size - 1) / size);
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	public boolean hasNext() {
		return (long) (page + 1) * size < totalItems;
	}

	public <R> Paged<R> map(Function<T, R> mapper) {
		return new Paged<>(items.stream().map(mapper).toList(), page, size, totalItems);
	}
}
