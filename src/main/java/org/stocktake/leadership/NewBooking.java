package org.stocktake.leadership;

import org.stocktake.people.Party;

/**
 * A booking as a form or the API gives it: the person by directory id (or null for an anonymous
 * record), and the voluntary equality answers (null when not given). Authority, region and council
 * type come from the directory and the register at the moment of booking when not given.
 */
public record NewBooking(long eventId, Long personId, String authorityGss, Party party, Gender gender, AgeRange ageRange, Ethnicity ethnicity) {
}
