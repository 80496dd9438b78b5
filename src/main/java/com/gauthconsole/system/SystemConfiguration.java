package com.gauthconsole.system;

import com.gauthconsole.secret.Secret;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration
class SystemConfiguration implements WebMvcConfigurer {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Password fields bind straight into {@link Secret}, so a typed secret is never a plain String. */
    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, Secret.class, Secret::of);
    }
}
