package org.stocktake.platform.pages;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells whoever started Stocktake where to open it, once it is ready to serve. */
@Component
class ReadyMessage {

	@EventListener
	void ready(ApplicationReadyEvent event) {
		if (event.getApplicationContext() instanceof WebServerApplicationContext web) {
			System.out.println("\n  Stocktake is ready: open http://localhost:" + web.getWebServer().getPort() + "/\n");
		}
	}
}
