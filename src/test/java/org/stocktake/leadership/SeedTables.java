package org.stocktake.leadership;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The four cross-tabulations of bookings in seed paper 004 ("Highlighting Leadership offer: 2015/16",
 * Improvement and Innovation Board, 19 January 2016, paragraphs 4 and 5), copied cell for cell with
 * their row labels as printed. Each is a table of its own: the paper does not say how the tables
 * relate booking by booking (and they disagree: Wales has 35 LA bookings by region, Welsh councils
 * 34 by type), so each is reproduced from bookings entered to match that table alone.
 */
final class SeedTables {

	static final List<String> PROGRAMMES = List.of("LA", "LE", "FOL", "LEAD", "NXG", "LEDGE");

	static final String PARTY = """
			\tLA\tLE\tFoL\tLEAD\tNXG\tLEDGE\tTotal
			Labour\t76\t179\t29\t4\t20\t3\t311
			Conservative\t45\t208\t25\t4\t18\t14\t314
			Liberal Democrat\t2\t19\t17\t2\t11\t1\t52
			Independent\t29\t31\t9\t2\t15\t1\t87
			Total:\t152\t437\t80\t12\t64\t19\t764
			""";

	static final String REGION = """
			\tLA\tLE\tFoL\tLEAD\tNXG\tLEDGE\tTotal
			East of England\t21\t60\t6\t3\t11\t0\t101
			East Midlands\t17\t42\t8\t1\t4\t0\t72
			Greater London\t8\t42\t11\t2\t9\t0\t72
			North East\t5\t11\t1\t0\t1\t0\t18
			North West\t12\t39\t4\t1\t6\t0\t62
			South West\t13\t52\t7\t0\t7\t0\t79
			South East\t14\t86\t28\t4\t13\t19\t164
			Wales\t35\t2\t2\t0\t1\t0\t40
			West Midlands\t16\t57\t11\t1\t6\t0\t91
			Yorkshire & Humber\t11\t46\t2\t0\t6\t0\t65
			Total:\t152\t437\t80\t12\t64\t19\t764
			""";

	static final String COUNCIL_TYPE = """
			\tLA\tLE\tFoL\tLEAD\tNXG\tLEDGE\tTotal
			District\t49\t172\t32\t7\t29\t15\t304
			County\t9\t32\t11\t1\t3\t0\t56
			Metropolitan\t23\t71\t7\t0\t9\t3\t113
			London\t8\t42\t11\t2\t9\t0\t72
			Unitary\t28\t107\t17\t2\t13\t1\t168
			Welsh\t34\t2\t2\t0\t1\t0\t39
			Fire\t0\t11\t0\t0\t0\t0\t11
			Parks\t1\t0\t0\t0\t0\t0\t1
			Total:\t152\t437\t80\t12\t64\t19\t764
			""";

	static final String GENDER = """
			\tLA\tLE\tFoL\tLEAD\tNXG\tLEDGE\tTotal
			Male\t92\t265\t53\t5\t37\t16\t468
			Female\t60\t172\t27\t7\t27\t3\t296
			Total:\t152\t437\t80\t12\t64\t19\t764
			""";

	/** One printed row: its label, its six programme counts and its printed total. */
	record Row(String label, List<Integer> counts, int total) {
	}

	record Table(List<Row> rows, Row totals) {
	}

	static Table parse(String text) {
		List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
		List<String> header = Arrays.asList(lines.get(0).split("\t"));
		if (!header.subList(1, 8).equals(List.of("LA", "LE", "FoL", "LEAD", "NXG", "LEDGE", "Total"))) {
			throw new IllegalStateException("Unexpected header " + header);
		}
		List<Row> rows = new ArrayList<>();
		for (String line : lines.subList(1, lines.size())) {
			String[] cells = line.split("\t");
			List<Integer> counts = Arrays.stream(cells, 1, 7).map(Integer::parseInt).toList();
			rows.add(new Row(cells[0], counts, Integer.parseInt(cells[7])));
		}
		Row totals = rows.remove(rows.size() - 1);
		return new Table(rows, totals);
	}
}
