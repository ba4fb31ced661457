package org.stocktake.register;

import java.util.Locale;

/** An ONS Government Statistical Service code, such as {@code E07000223}: a letter and eight digits. */
public record GssCode(String value) {

	public GssCode {
		if (value == null || !isValid(value)) {
			throw new IllegalArgumentException("A GSS code is a letter E, W, S or N followed by eight digits, like E07000223");
		}
	}

	public static boolean isValid(String text) {
		return text != null && text.matches("[EWSN][0-9]{8}");
	}

	public static GssCode parse(String text) {
		return new GssCode(text == null ? null : text.trim().toUpperCase(Locale.ROOT));
	}

	@Override
	public String toString() {
		return value;
	}
}
