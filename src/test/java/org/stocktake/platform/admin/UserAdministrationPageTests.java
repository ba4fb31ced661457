package org.stocktake.platform.admin;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.stocktake.platform.security.Role;
import org.stocktake.support.Http;
import org.stocktake.support.StocktakeTest;
import org.stocktake.support.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

@StocktakeTest
@DisplayName("The new-user form")
class UserAdministrationPageTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	@DisplayName("sent empty, says what is missing instead of failing")
	void emptyFormIsExplained() {
		Http admin = new Http(port).as(new TestUsers(context).create(Role.ADMIN).token());
		HttpResponse<String> response = admin.postForm("/admin/users/new");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("govuk-error-summary", "govuk-form-group--error");
	}
}
