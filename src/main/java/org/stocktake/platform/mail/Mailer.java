package org.stocktake.platform.mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Sends plain-text mail through the SMTP server named by STOCKTAKE_MAIL_HOST. Without one, mail is
 * logged and skipped: a missing mail server must never stop the change that triggered the mail.
 */
@Component
public class Mailer {

	private static final Logger log = LoggerFactory.getLogger(Mailer.class);

	private final ObjectProvider<JavaMailSender> sender;
	private final String host;
	private final String from;

	Mailer(ObjectProvider<JavaMailSender> sender, @Value("${spring.mail.host:}") String host,
			@Value("${stocktake.mail.from:stocktake@localhost}") String from) {
		this.sender = sender;
		this.host = host;
		this.from = from;
	}

	/** @return whether the message was handed to the mail server */
	public boolean send(String to, String subject, String body) {
		if (!StringUtils.hasText(to)) {
			return false;
		}
		JavaMailSender mail = sender.getIfAvailable();
		if (!StringUtils.hasText(host) || mail == null) {
			log.info("No mail server configured; not sending '{}' to {}", subject, to);
			return false;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(to);
		message.setSubject(subject);
		message.setText(body);
		try {
			mail.send(message);
			return true;
		}
		catch (MailException ex) {
			log.warn("Could not send '{}' to {}: {}", subject, to, ex.getMessage());
			return false;
		}
	}
}
