package org.stocktake.improvement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.stocktake.improvement.internal.PoolCandidate;
import org.stocktake.improvement.internal.TeamProposalRepository;
import org.stocktake.register.Area;
import org.stocktake.register.AreaType;
import org.stocktake.register.Register;
import org.stocktake.support.StocktakeTest;

/**
 * The team-proposal timing on a SYNTHETIC BENCHMARK POOL of 2,000 generated peers at real authorities
 * (target: under 200 ms). Not part of the test suite (its name does not end in Tests); run it with
 * <pre>./mvnw -B -o test -Dtest=TeamProposalBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 * The pool is inserted in a transaction that is rolled back, so it never reaches the app. Prints the
 * figures and writes them to target/benchmarks/team-proposal.txt. Times the whole service call (loading
 * the pool from PostgreSQL, applying the rules, storing the proposal) and the rules alone.
 */
@StocktakeTest
class TeamProposalBenchmark {

	static final int POOL = 2000;
	static final int WARM_UP = 10;
	static final int RUNS = 50;

	@Autowired
	PeerChallenges challenges;

	@Autowired
	TeamProposals proposals;

	@Autowired
	TeamProposalRepository repository;

	@Autowired
	Register register;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void proposeATeamFromTwoThousandPeers() throws IOException {
		List<String> lines = new ArrayList<>();
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			try {
				LocalDate today = challenges.today();
				List<Area> councils = register.all().stream().filter(Area::current).filter(a -> a.type().principalCouncil())
					.sorted(Comparator.comparing(Area::code)).toList();
				SyntheticPeerPool.insert(jdbc, SyntheticPeerPool.generate(POOL, councils, today, 2026), today);
				Area host = councils.stream().filter(a -> a.type() == AreaType.NON_METROPOLITAN_DISTRICT && a.parentCode() != null).findFirst()
					.orElseThrow();
				PeerChallenge challenge = challenges.request(new NewPeerChallenge(host.gssCode(), Product.CORPORATE_PEER_CHALLENGE, today.toString(),
						null, null, "Benchmark", null, null));
				LocalDate start = today.plusWeeks(8).with(DayOfWeek.MONDAY);
				String from = start.toString();
				String to = start.plusDays(3).toString();
				long pool = jdbc.queryForObject("select count(*) from peer", Long.class);
				for (int i = 0; i < WARM_UP; i++) {
					proposals.propose(challenge.id(), from, to);
				}
				long[] whole = new long[RUNS];
				for (int i = 0; i < RUNS; i++) {
					long t0 = System.nanoTime();
					proposals.propose(challenge.id(), from, to);
					whole[i] = System.nanoTime() - t0;
				}
				TeamProposer.Brief brief = proposals.brief(challenge, start, start.plusDays(3));
				List<PoolCandidate> candidates = repository.candidates(today, start);
				long[] load = new long[RUNS];
				long[] rules = new long[RUNS];
				for (int i = 0; i < RUNS; i++) {
					long t0 = System.nanoTime();
					repository.candidates(today, start);
					long t1 = System.nanoTime();
					TeamProposer.propose(brief, candidates);
					long t2 = System.nanoTime();
					load[i] = t1 - t0;
					rules[i] = t2 - t1;
				}
				lines.add("Team proposal benchmark — SYNTHETIC BENCHMARK POOL (generated, rolled back, never shown in the app)");
				lines.add("pool: " + pool + " peers (" + POOL + " generated at " + councils.size() + " real councils from the register); host "
						+ host.name() + " (" + host.gssCode() + "), corporate peer challenge, on site " + from + " to " + to);
				lines.add("machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
						+ ", embedded PostgreSQL; " + WARM_UP + " warm-up runs, then " + RUNS + " timed runs");
				lines.add(row("whole call (load pool + rules + store proposal)", whole));
				lines.add(row("load the pool (one SQL query)", load));
				lines.add(row("rules alone (in memory)", rules));
			}
			finally {
				status.setRollbackOnly();
			}
		});
		lines.forEach(System.out::println);
		Path out = Path.of("target", "benchmarks", "team-proposal.txt");
		Files.createDirectories(out.getParent());
		Files.write(out, lines);
	}

	static String row(String label, long[] nanos) {
		long[] sorted = nanos.clone();
		java.util.Arrays.sort(sorted);
		return String.format(java.util.Locale.UK, "%-50s median %6.1f ms   p95 %6.1f ms   max %6.1f ms", label, sorted[sorted.length / 2] / 1e6,
				sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6, sorted[sorted.length - 1] / 1e6);
	}
}
