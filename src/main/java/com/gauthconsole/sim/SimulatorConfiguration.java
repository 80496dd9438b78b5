package com.gauthconsole.sim;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * The built-in GAuth simulator's state and request checks, present only when {@code console.simulator.enabled}. Its
 * state lives in memory and is lost on restart, like a freshly installed GAuth.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("console.simulator.enabled")
class SimulatorConfiguration {

    private static final String SIMULATOR_PATHS = "/gauth-sim/**";

    @Bean
    FaultInjector simulatorFaults(SimulatorProperties properties) {
        var faults = new FaultInjector();
        properties.faults().forEach(faults::add);
        return faults;
    }

    @Bean
    OpsCredentials simulatorOpsCredentials(SimulatorProperties properties) {
        return new OpsCredentials(properties);
    }

    @Bean
    TokenStore simulatorTokens(SimulatorProperties properties, ObjectProvider<Clock> clock) {
        return new TokenStore(clock.getIfAvailable(Clock::systemUTC), properties.tokenLifetime());
    }

    @Bean
    ClientDirectory simulatorClients(ObjectProvider<Clock> clock) {
        return new ClientDirectory(clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    EnvironmentDirectory simulatorEnvironments() {
        return new EnvironmentDirectory();
    }

    @Bean
    ContactCenterDirectory simulatorContactCenters(EnvironmentDirectory environments) {
        return new ContactCenterDirectory(environments);
    }

    @Bean
    DataCenterDirectory simulatorDataCenters() {
        return new DataCenterDirectory();
    }

    @Bean
    PasswordGrant simulatorPasswordGrant(ClientDirectory clients, OpsCredentials ops, TokenStore tokens) {
        return new PasswordGrant(clients, ops, tokens);
    }

    @Bean
    SimulatorHoldings simulatorHoldings(
            ClientDirectory clients,
            TokenStore tokens,
            EnvironmentDirectory environments,
            ContactCenterDirectory contactCenters,
            DataCenterDirectory dataCenters,
            FaultInjector faults) {
        return new SimulatorHoldings(clients, tokens, environments, contactCenters, dataCenters, faults);
    }

    /**
     * Credentials first: a fault may hold a request for minutes, and only a caller GAuth would serve may make it
     * wait.
     */
    @Bean
    WebMvcConfigurer simulatorInterceptors(
            FaultInjector faults,
            OpsCredentials ops,
            ClientDirectory clients,
            TokenStore tokens,
            JsonMapper jsonMapper) {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new CredentialInterceptor(ops, clients, tokens))
                        .addPathPatterns(SIMULATOR_PATHS);
                registry.addInterceptor(new FaultInterceptor(faults, jsonMapper))
                        .addPathPatterns(SIMULATOR_PATHS);
            }
        };
    }
}
