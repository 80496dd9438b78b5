package com.gauthconsole;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class GauthConsoleApplication {

    public static void main(String[] args) {
        SpringApplication.run(GauthConsoleApplication.class, args);
    }
}
