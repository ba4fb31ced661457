package org.stocktake.boards.internal;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.stocktake.platform.demo.DemoDataset;
import org.springframework.transaction.annotation.Transactional;

/**
 * At first start, the association's boards as the seed papers name them (marked as demonstration
 * data), with no members, meetings or papers: no real board paper is in the data, and no person is
 * invented. Terms of reference are left blank except where a seed paper states the board's role.
 */
@Component
@Order(50)
class DemoBoards implements DemoDataset {

	private static final Logger log = LoggerFactory.getLogger(DemoBoards.class);

	record DemoBoard(String name, String termsOfReference) {
	}

	static final List<DemoBoard> BOARDS = List.of(
			new DemoBoard("Improvement and Innovation Board", "Retains a strategic or overarching perspective on the improvement activity "
					+ "currently undertaken across LGA Boards, to avoid any potential duplication; meets towards the end of each quarterly "
					+ "cycle of meetings. (From the Board's own papers.)"),
			new DemoBoard("Children and Young People Board", null), new DemoBoard("Community Wellbeing Board", null),
			new DemoBoard("Culture, Tourism and Sport Board", null), new DemoBoard("Safer and Stronger Communities Board", null),
			new DemoBoard("Resources Board", null), new DemoBoard("City Regions Board", null), new DemoBoard("People and Places Board", null),
			new DemoBoard("Fire Services Management Committee", null), new DemoBoard("Executive", null),
			new DemoBoard("IDeA Board", "Formally responsible for oversight of the grant-funded improvement programme. (From the Improvement "
					+ "and Innovation Board's papers.)"));

	private final BoardRepository repository;

	DemoBoards(BoardRepository repository) {
		this.repository = repository;
	}

	@Override
	public String name() {
		return "boards";
	}

	@Transactional
	@Override
	public void loadIfMissing() {
		if (repository.countBoards() > 0) {
			return;
		}
		for (DemoBoard board : BOARDS) {
			repository.insertBoard(slug(board.name()), board.name(), board.termsOfReference(), true);
		}
		log.info("Loaded {} demonstration boards (names from the association's papers; no members or meetings)", BOARDS.size());
	}

	static String slug(String name) {
		return Normalizer.normalize(name, Normalizer.Form.NFD)
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-|-$)", "");
	}
}
