package org.stocktake;

import org.springframework.boot.SpringApplication;
import org.springframework.context.annotation.FullyQualifiedAnnotationBeanNameGenerator;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Beans are named by their fully qualified class name: modules choose their internal class names
 * independently (two modules may each have a {@code PlanRepository}).
 */
@SpringBootApplication(nameGenerator = FullyQualifiedAnnotationBeanNameGenerator.class)
@ConfigurationPropertiesScan
@EnableScheduling
public class StocktakeApplication {

	public static void main(String[] args) {
		SpringApplication.run(StocktakeApplication.class, args);
	}
}
