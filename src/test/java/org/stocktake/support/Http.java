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

	public Http(int port) {
		this("http://localhost:" + port, null);
	}

	private Http(String base, String token) {
		this.base = base;
		this.token = token;
	}

	/** The same client, calling as the owner of this personal access token. */
	public Http as(String token) {
		return new Http(base, token);
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
