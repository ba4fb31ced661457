package org.stocktake.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A real HTTP client against the running application, as scripts and outside tools call it. */
public final class Http {

	private final HttpClient client = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final String base;
	private final String token;
	private final java.util.Map<String, String> headers;

	public Http(int port) {
		this("http://localhost:" + port, null, java.util.Map.of());
	}

	private Http(String base, String token, java.util.Map<String, String> headers) {
		this.base = base;
		this.token = token;
		this.headers = headers;
	}

	/** The same client, calling as the owner of this personal access token. */
	public Http as(String token) {
		return new Http(base, token, headers);
	}

	/** The same client, calling with HTTP Basic authentication. */
	public Http basic(String username, String password) {
		return header("Authorization", "Basic " + java.util.Base64.getEncoder()
			.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
	}

	/** The same client, sending this header with every request as well. */
	public Http header(String name, String value) {
		var all = new java.util.LinkedHashMap<>(headers);
		all.put(name, value);
		return new Http(base, token, java.util.Map.copyOf(all));
	}

	/**
	 * The same client with a browser session of its own: a session cookie and the CSRF token of a
	 * form, as an anonymous visitor who opened {@code /sign-in} has them.
	 */
	public Http withSession() {
		HttpResponse<String> form = get("/sign-in");
		String cookie = form.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
			.map(c -> c.substring(0, c.indexOf(';'))).findFirst()
			.orElseThrow(() -> new IllegalStateException("GET /sign-in set no SESSION cookie"));
		var csrf = java.util.regex.Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form.body());
		if (!csrf.find()) {
			throw new IllegalStateException("The sign-in form carries no CSRF token");
		}
		return header("Cookie", cookie).header("X-CSRF-TOKEN", csrf.group(1));
	}

	/** The CSRF token this client sends, if {@link #withSession()} gave it one. */
	public String csrfToken() {
		return headers.get("X-CSRF-TOKEN");
	}

	/** Posts an HTML form (application/x-www-form-urlencoded) of name/value pairs. */
	public HttpResponse<String> postForm(String path, String... namesAndValues) {
		StringBuilder body = new StringBuilder();
		for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
			if (body.length() > 0) {
				body.append('&');
			}
			body.append(java.net.URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8)).append('=')
				.append(java.net.URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
		}
		return post(path, "application/x-www-form-urlencoded", body.toString().getBytes(StandardCharsets.UTF_8));
	}

	public HttpResponse<String> get(String path) {
		return send(request(path).GET().build());
	}

	public HttpResponse<String> get(String path, String accept) {
		return send(request(path).header("Accept", accept).GET().build());
	}

	public HttpResponse<String> post(String path, String contentType, byte[] body) {
		return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
	}

	public HttpResponse<String> postCsv(String path, String csv) {
		return post(path, "text/csv", csv.getBytes(StandardCharsets.UTF_8));
	}

	public HttpResponse<String> postJson(String path, String json) {
		return post(path, "application/json", json.getBytes(StandardCharsets.UTF_8));
	}

	public HttpResponse<String> send(String method, String path, String contentType, byte[] body) {
		HttpRequest.Builder b = request(path);
		if (contentType != null) {
			b.header("Content-Type", contentType);
		}
		return send(b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body)).build());
	}

	public String url(String path) {
		return base + path;
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
		headers.forEach(b::header);
		if (token != null) {
			b.header("Authorization", "Bearer " + token);
		}
		return b;
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
