package org.stocktake.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A document described once, independent of its format: a title, who issued it, and a sequence of
 * blocks. Modules build one with {@link #titled(String)} and hand it to {@link Reports}.
 */
public record Report(String title, String subtitle, String author, LocalDate issued, List<Block> blocks) {

	public Report {
		if (title == null || title.isBlank()) {
			throw new IllegalArgumentException("A report needs a title");
		}
		Objects.requireNonNull(issued, "issued");
		author = author == null || author.isBlank() ? "Stocktake" : author;
		blocks = List.copyOf(blocks);
	}

	public static Builder titled(String title) {
		return new Builder(title);
	}

	/** One part of a report's body. */
	public sealed interface Block permits Heading, Paragraph, Table, Bullets, Facts, PageBreak {
	}

	/** What follows starts on a new page, as each report of a meeting pack does. */
	public record PageBreak() implements Block {
	}

	/** A section heading; level 2 is a section, 3 a subsection, 4 below that (the title is level 1). */
	public record Heading(int level, String text) implements Block {
		public Heading {
			if (level < 2 || level > 4) {
				throw new IllegalArgumentException("Heading level must be 2 to 4, was " + level);
			}
		}
	}

	public record Paragraph(String text) implements Block {
	}

	public record Bullets(List<String> items) implements Block {
		public Bullets {
			items = List.copyOf(items);
		}
	}

	/** Label and value pairs, shown as a summary list. */
	public record Facts(List<Fact> facts) implements Block {
		public Facts {
			facts = List.copyOf(facts);
		}
	}

	public record Fact(String label, String value) {
	}

	/** A data table with a caption; numeric columns are right-aligned. Every row has one cell per column. */
	public record Table(String caption, List<Column> columns, List<List<String>> rows) implements Block {
		public Table {
			columns = List.copyOf(columns);
			if (columns.isEmpty()) {
				throw new IllegalArgumentException("A table needs columns");
			}
			List<List<String>> copied = new ArrayList<>(rows.size());
			for (List<String> row : rows) {
				if (row.size() != columns.size()) {
					throw new IllegalArgumentException("Row has " + row.size() + " cells for " + columns.size() + " columns");
				}
				copied.add(row.stream().map(cell -> cell == null ? "" : cell).toList());
			}
			rows = List.copyOf(copied);
		}
	}

	public record Column(String heading, boolean numeric) {
		public static Column text(String heading) {
			return new Column(heading, false);
		}

		public static Column number(String heading) {
			return new Column(heading, true);
		}
	}

	public static final class Builder {

		private final String title;
		private String subtitle;
		private String author;
		private LocalDate issued = LocalDate.now(java.time.ZoneId.of("Europe/London"));
		private final List<Block> blocks = new ArrayList<>();

		private Builder(String title) {
			this.title = title;
		}

		public Builder subtitle(String subtitle) {
			this.subtitle = subtitle;
			return this;
		}

		public Builder author(String author) {
			this.author = author;
			return this;
		}

		public Builder issued(LocalDate issued) {
			this.issued = issued;
			return this;
		}

		public Builder heading(String text) {
			return add(new Heading(2, text));
		}

		public Builder subheading(String text) {
			return add(new Heading(3, text));
		}

		public Builder paragraph(String text) {
			return add(new Paragraph(text));
		}

		public Builder bullets(List<String> items) {
			return add(new Bullets(items));
		}

		public Builder facts(List<Fact> facts) {
			return add(new Facts(facts));
		}

		public Builder table(String caption, List<Column> columns, List<List<String>> rows) {
			return add(new Table(caption, columns, rows));
		}

		public Builder pageBreak() {
			return add(new PageBreak());
		}

		public Builder add(Block block) {
			blocks.add(Objects.requireNonNull(block));
			return this;
		}

		public Report build() {
			return new Report(title, subtitle, author, issued, blocks);
		}
	}
}
