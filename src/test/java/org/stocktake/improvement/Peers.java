package org.stocktake.improvement;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.stocktake.support.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Peers a test needs, put into the directory through the people import with refs unique to this
 * instance, so tests never collide on one database. Names say they are test people.
 */
final class Peers {

	private static final String HEADER = "person_ref,name,person_type,authority_gss_code,political_group,email,phone,fictitious,role,role_title,region,start_date,end_date";

	final String prefix = "pc" + UUID.randomUUID().toString().substring(0, 8) + "-";
	final String councillor;
	final String officer;
	final String hostOfficer;

	/** A councillor and an officer from {@code peerAuthority}, and an officer of the {@code host} authority. */
	Peers(Http officerClient, String peerAuthority, String host) {
		councillor = prefix + "cllr";
		officer = prefix + "ceo";
		hostOfficer = prefix + "host";
		String csv = HEADER + "\n"
				+ councillor + ",Cllr Testpeer " + prefix + ",COUNCILLOR," + peerAuthority + ",LAB,,,true,LEADER,,,,\n"
				+ officer + ",Testpeer Officer " + prefix + ",OFFICER," + peerAuthority + ",,,,true,CHIEF_EXECUTIVE,,,,\n"
				+ hostOfficer + ",Host Officer " + prefix + ",OFFICER," + host + ",,,,true,,,,,\n";
		HttpResponse<String> imported = officerClient.postCsv("/api/v1/people/import", csv);
		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
	}
}
