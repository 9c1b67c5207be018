package org.hamsafar.shared.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import java.util.Map;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

    /**
     * Prepares the embedded store before any bean (the data source above all) is made: DuckDB refuses
     * to create a database file in a folder that does not exist, and Boot cannot infer its driver
     * class from the URL. Setting the driver here, not in application.properties, keeps a plain
     * SPRING_DATASOURCE_URL for PostgreSQL working without naming a driver.
     */
    @Bean
    static BeanFactoryPostProcessor dataDirectoryCreator() {
        return new DataDirectoryCreator();
    }

    @Bean
    SqlDialect sqlDialect(DataSource dataSource) {
        return SqlDialect.of(dataSource);
    }

    static final class DataDirectoryCreator implements BeanFactoryPostProcessor, EnvironmentAware {
        private Environment environment;

        @Override
        public void setEnvironment(Environment environment) {
            this.environment = environment;
        }

        @Override
        public void postProcessBeanFactory(org.springframework.beans.factory.config.ConfigurableListableBeanFactory factory) {
            String url = environment.getProperty("spring.datasource.url", "");
            if (!url.startsWith("jdbc:duckdb:")) {
                return;
            }
            if (environment instanceof ConfigurableEnvironment configurable) {
                Map<String, Object> duckDb = new java.util.HashMap<>();
                if (environment.getProperty("spring.datasource.driver-class-name", "").isBlank()) {
                    duckDb.put("spring.datasource.driver-class-name", "org.duckdb.DuckDBDriver");
                }
                // DuckDB checkpoints (folds the write-ahead log into the database file) in the commit
                // that takes the log past this size, under the store's write lock; its default of
                // 16 MB made steady ingestion checkpoint every few seconds, about a fifth of the event
                // writer's time (docs/benchmarks.md). A larger log costs a longer replay after a crash.
                duckDb.put("spring.datasource.hikari.data-source-properties.checkpoint_threshold",
                        environment.getProperty("hamsafar.store.checkpoint-threshold", "256MB"));
                configurable.getPropertySources().addFirst(new MapPropertySource("hamsafarDuckDb", duckDb));
            }
            Path dataDir = Path.of(environment.getProperty("hamsafar.data-dir", "./data"));
            try {
                Files.createDirectories(dataDir);
            } catch (IOException e) {
                throw new IllegalStateException("Cannot create the data directory " + dataDir.toAbsolutePath(), e);
            }
        }
    }
}
