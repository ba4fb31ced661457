package org.stocktake.consultation;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Closing times as respondents read them: "5pm on Friday 13 March 2015", in Europe/London. */
public final class LondonTime {

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("h:mma 'on' EEEE d MMMM yyyy", Locale.UK);

	private LondonTime() {
	}

	public static String format(Instant instant) {
		if (instant == null) {
			return "";
		}
		String text = FORMAT.format(instant.atZone(Consultations.LONDON)).replace("AM", "am").replace("PM", "pm");
		return text.replace(":00", "").replace("12pm on", "midday on");
	}
}
