package org.stocktake.platform.db;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stocktake.StocktakeApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded PostgreSQL keeps its data in the data directory between starts, and a start after
 * the previous process was killed outright recovers it without losing committed data. These tests
 * always use the embedded server, even when the rest of the run points at an external one.
 */
class EmbeddedDatabasePersistenceTests {

	private static final Pattern PORT = Pattern.compile("Embedded PostgreSQL running on port (\\d+)");

	@Nested
	class AfterACleanRestart {

		@Test
		void theDataWrittenBeforeIsStillThere(@TempDir Path dataDir) {
			String marker = "restart-" + UUID.randomUUID();
			try (ConfigurableApplicationContext first = start(dataDir)) {
				JdbcClient.create(first.getBean(DataSource.class))
					.sql("insert into audit_event (actor, action, entity_type, entity_id) values ('test', 'CREATE', 'marker', ?)")
					.param(marker)
					.update();
			}
			assertThat(dataDir.resolve("postgres/postmaster.pid")).as("the server was stopped on shutdown").doesNotExist();
			try (ConfigurableApplicationContext second = start(dataDir)) {
				long found = JdbcClient.create(second.getBean(DataSource.class))
					.sql("select count(*) from audit_event where entity_id = ?")
					.param(marker)
					.query(Long.class)
					.single();
				assertThat(found).isEqualTo(1);
			}
		}
	}

	@Nested
	class AfterTheProcessWasKilled {

		@Test
		void theNextStartRecoversTheCommittedData(@TempDir Path dataDir) throws Exception {
			String marker = "killed-" + UUID.randomUUID();
			Launched first = launch(dataDir);
			try (Connection db = DriverManager.getConnection("jdbc:postgresql://localhost:" + first.dbPort + "/postgres", "postgres", "");
					Statement st = db.createStatement()) {
				st.executeUpdate("insert into audit_event (actor, action, entity_type, entity_id) values ('test', 'CREATE', 'marker', '" + marker + "')");
			}
			first.process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
			assertThat(first.process.isAlive()).isFalse();

			Launched second = launch(dataDir);
			try (Connection db = DriverManager.getConnection("jdbc:postgresql://localhost:" + second.dbPort + "/postgres", "postgres", "");
					Statement st = db.createStatement();
					ResultSet rs = st.executeQuery("select count(*) from audit_event where entity_id = '" + marker + "'")) {
				rs.next();
				assertThat(rs.getInt(1)).isEqualTo(1);
			}
			finally {
				second.process.destroy();
				second.process.waitFor(60, TimeUnit.SECONDS);
			}
			assertThat(second.output()).contains("Stopping an orphaned PostgreSQL");
			assertThat(dataDir.resolve("postgres/postmaster.pid")).as("a graceful stop stops the database too").doesNotExist();
		}
	}

	static ConfigurableApplicationContext start(Path dataDir) {
		return new SpringApplicationBuilder(StocktakeApplication.class).run(arguments(dataDir).toArray(String[]::new));
	}

	private static List<String> arguments(Path dataDir) {
		return List.of("--server.port=0", "--stocktake.data-dir=" + dataDir, "--stocktake.db.url=", "--stocktake.demo-data=false",
				"--stocktake.admin.username=persistence-admin", "--stocktake.admin.password=a-long-enough-secret",
				"--spring.main.banner-mode=off", "--management.server.port=-1");
	}

	/** A separate JVM running Stocktake, so that it can be killed like a crashed server. */
	private record Launched(Process process, int dbPort, List<String> lines) {
		String output() {
			synchronized (lines) {
				return String.join("\n", lines);
			}
		}
	}

	private static Launched launch(Path dataDir) throws IOException, InterruptedException {
		String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
				"-cp", classpath, StocktakeApplication.class.getName()));
		command.addAll(arguments(dataDir));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		List<String> lines = new ArrayList<>();
		CompletableFuture<Integer> port = new CompletableFuture<>();
		CompletableFuture<Void> started = new CompletableFuture<>();
		Thread reader = new Thread(() -> {
			try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = in.readLine()) != null) {
					synchronized (lines) {
						lines.add(line);
					}
					Matcher m = PORT.matcher(line);
					if (m.find()) {
						port.complete(Integer.parseInt(m.group(1)));
					}
					if (line.contains("Started StocktakeApplication")) {
						started.complete(null);
					}
				}
			}
			catch (IOException ignored) {
				// the process has gone
			}
		});
		reader.setDaemon(true);
		reader.start();
		Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
		while (!started.isDone() && process.isAlive() && Instant.now().isBefore(deadline)) {
			Thread.sleep(200);
		}
		if (!started.isDone()) {
			process.destroyForcibly();
			throw new IllegalStateException("Stocktake did not start:\n" + String.join("\n", lines));
		}
		Files.createDirectories(dataDir);
		return new Launched(process, port.getNow(-1), lines);
	}

}
