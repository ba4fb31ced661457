package org.stocktake.support;

import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * One GreenMail SMTP server for the whole test run, started before the shared application context
 * and named to it as {@code spring.mail.host}/{@code spring.mail.port}. Every test class shares the
 * same context (and so the same server); tests find their own mail by recipient, because test users
 * have unique addresses.
 */
public final class TestMailServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static GreenMail server;

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		TestPropertySourceUtils.addInlinedPropertiesToEnvironment(context, "spring.mail.host=127.0.0.1",
				"spring.mail.port=" + start().getSmtp().getPort());
	}

	static synchronized GreenMail start() {
		if (server == null) {
			server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
		}
		return server;
	}

	/** A mail as the recipient sees it. */
	public record Mail(List<String> to, String subject, String body) {
	}

	/** Every mail received so far for {@code address}, oldest first. */
	public static List<Mail> mailTo(String address) {
		return Arrays.stream(start().getReceivedMessages()).map(TestMailServer::mail).filter(m -> m.to().contains(address)).toList();
	}

	/** Waits up to five seconds for {@code count} mails to {@code address}. */
	public static List<Mail> awaitMailTo(String address, int count) {
		long deadline = System.currentTimeMillis() + 5000;
		List<Mail> mails = mailTo(address);
		while (mails.size() < count && System.currentTimeMillis() < deadline) {
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			mails = mailTo(address);
		}
		return mails;
	}

	private static Mail mail(MimeMessage message) {
		try {
			List<String> to = Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
			return new Mail(to, message.getSubject(), GreenMailUtil.getBody(message));
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
