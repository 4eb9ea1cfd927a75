package org.socialworkr.common.persistence;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/** Wraps the data source of an embedded H2 file database in a {@link SerializedCommitDataSource}. */
@Component
class EmbeddedDatabaseCommits implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource hikari
                && hikari.getJdbcUrl() != null
                && hikari.getJdbcUrl().startsWith("jdbc:h2:file:")) {
            return new SerializedCommitDataSource(hikari);
        }
        return bean;
    }
}
