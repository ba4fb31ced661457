package org.stocktake.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that drives Stocktake in a real headless Chromium: the shared application of
 * {@link StocktakeTest} plus one {@link Browser} per test class (declare a {@code Browser} parameter
 * on a test, {@code @BeforeEach} or constructor). Each test starts signed out, and every page any
 * test visits is scanned for WCAG 2.2 A/AA violations, failing the test that reached it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@StocktakeTest
@ExtendWith(BrowserExtension.class)
@Tag("browser")
public @interface BrowserTest {
}
