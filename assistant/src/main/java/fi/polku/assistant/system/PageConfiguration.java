package fi.polku.assistant.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.server.adapter.WebHttpHandlerBuilder;
import org.springframework.web.server.i18n.LocaleContextResolver;

/** Pages pick their language from {@code ?lang=}, a remembered choice or {@code Accept-Language}. */
@Configuration(proxyBeanMethods = false)
class PageConfiguration {

    @Bean(WebHttpHandlerBuilder.LOCALE_CONTEXT_RESOLVER_BEAN_NAME)
    LocaleContextResolver localeContextResolver() {
        return new PageLanguages();
    }
}
