package org.stocktake.platform.db;

import java.nio.file.Path;


import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * One DataSource for the whole application: the external PostgreSQL named by {@code STOCKTAKE_DB_URL}
 * when it is set, otherwise the embedded server on {@code STOCKTAKE_DATA_DIR}.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	@Bean(destroyMethod = "close")
	DatabaseServer databaseServer(@Value("${stocktake.db.url:}") String url, @Value("${stocktake.db.user:}") String user,
			@Value("${stocktake.db.password:}") String password, @Value("${stocktake.data-dir}") String dataDir) {
		if (StringUtils.hasText(url)) {
			return new DatabaseServer(url, StringUtils.hasText(user) ? user : "postgres", password, null);
		}
		EmbeddedDatabase embedded = EmbeddedDatabase.start(Path.of(dataDir));
		return new DatabaseServer(embedded.jdbcUrl(), embedded.user(), "", embedded);
	}

	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(DatabaseServer server) {
		HikariConfig config = new HikariConfig();
		config.setPoolName("stocktake");
		config.setJdbcUrl(server.url());
		config.setUsername(server.user());
		config.setPassword(server.password());
		config.setMaximumPoolSize(16);
		config.addDataSourceProperty("reWriteBatchedInserts", "true");
		config.setConnectionInitSql("SET TIME ZONE 'Europe/London'");
		return new HikariDataSource(config);
	}

	/** Where the data lives; closing it stops the embedded server after the pool has closed. */
	record DatabaseServer(String url, String user, String password, EmbeddedDatabase embedded) implements AutoCloseable {
		@Override
		public void close() {
			if (embedded != null) {
				embedded.close();
			}
		}
	}

}
