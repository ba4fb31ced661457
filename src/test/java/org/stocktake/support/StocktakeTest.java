package org.stocktake.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a random port with its real database and demonstration data, sending
 * mail to the run's {@link TestMailServer}. Every class annotated with exactly this shares one
 * application context (Spring caches it by configuration), so add no other configuration to a test
 * class unless it really needs its own application.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestMailServer.class)
@ActiveProfiles("test")
public @interface StocktakeTest {
}
