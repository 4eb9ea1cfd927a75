package org.socialworkr.common.persistence;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Wraps the data source of an embedded H2 file database in a {@link SerializedCommitDataSource},
 * and gives each of its sessions a larger cache of parsed statements.
 */
@Component
class EmbeddedDatabaseCommits implements BeanPostProcessor {

    /**
     * H2 keeps 8 parsed statements per session by default; one chat message alone runs more than
     * that, so every statement was parsed again (a union of seven selects for the relationship
     * check among them), which cost a tenth of the server's time per message.
     */
    static final String QUERY_CACHE_SIZE = "128";

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource hikari
                && hikari.getJdbcUrl() != null
                && hikari.getJdbcUrl().startsWith("jdbc:h2:file:")) {
            if (!hikari.getDataSourceProperties().containsKey("QUERY_CACHE_SIZE")) {
                hikari.addDataSourceProperty("QUERY_CACHE_SIZE", QUERY_CACHE_SIZE);
            }
            return new SerializedCommitDataSource(hikari);
        }
        return bean;
    }
}
