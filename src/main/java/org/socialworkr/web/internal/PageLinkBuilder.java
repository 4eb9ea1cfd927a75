package org.socialworkr.web.internal;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Builds {@code @{...}} links without asking the static resource chain about links to pages.
 *
 * <p>Thymeleaf passes every link through the response's {@code encodeURL}, where the resource
 * chain (content-versioned {@code /css}, {@code /js}, versionless webjars) looks the path up as a
 * static file under the {@code /**} handler. A link to a page is never found, Spring does not
 * remember misses, and each lookup searched every jar on the class path: a home page has about
 * two hundred links (each card's forms), which made it take seconds under load. Every static file
 * here has a file extension and no page path does, so only links whose last segment has one go
 * through the chain; sessions use cookies only, so {@code encodeURL} has nothing else to add.
 */
@Component
class PageLinkBuilder extends StandardLinkBuilder implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof SpringTemplateEngine engine) {
            engine.setLinkBuilder(this);
        }
        return bean;
    }

    @Override
    protected String processLink(IExpressionContext context, String link) {
        return mayBeStaticFile(link) ? super.processLink(context, link) : link;
    }

    static boolean mayBeStaticFile(String link) {
        int end = link.length();
        for (char stop : new char[] {'?', '#'}) {
            int at = link.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        String path = link.substring(0, end);
        return path.lastIndexOf('.') > path.lastIndexOf('/');
    }
}
