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
            if (environment.getProperty("spring.datasource.driver-class-name", "").isBlank()
                    && environment instanceof ConfigurableEnvironment configurable) {
                configurable.getPropertySources().addFirst(new MapPropertySource("hamsafarDuckDbDriver",
                        Map.of("spring.datasource.driver-class-name", "org.duckdb.DuckDBDriver")));
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
