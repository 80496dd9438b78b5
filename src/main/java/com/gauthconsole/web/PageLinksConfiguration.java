package com.gauthconsole.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Pages link to WebJars without a version, and the resource chain resolves the version when the file is requested.
 * The filter that would also rewrite links as pages render is switched off: all it changed was to write the WebJar's
 * version into its link, and to find that out it looked every link of every page up in the jar's static folders
 * ({@code /runs/42} included), a third of a page's rendering time.
 */
@Configuration(proxyBeanMethods = false)
class PageLinksConfiguration {

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }
}
