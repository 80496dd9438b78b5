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
    EnvironmentDirectory simulatorEnvironments(SimulatorProperties properties) {
        return new EnvironmentDirectory(properties.ids());
    }

    @Bean
    ContactCenterDirectory simulatorContactCenters(EnvironmentDirectory environments, SimulatorProperties properties) {
        return new ContactCenterDirectory(environments, properties.ids());
    }

    @Bean
    DataCenterDirectory simulatorDataCenters() {
        return new DataCenterDirectory();
    }

    @Bean
    TokenGrants simulatorTokenGrants(ClientDirectory clients, OpsCredentials ops, TokenStore tokens) {
        return new TokenGrants(clients, ops, tokens);
    }

    @Bean
    SimulatorHoldings simulatorHoldings(
            ClientDirectory clients,
            TokenStore tokens,
            EnvironmentDirectory environments,
            ContactCenterDirectory contactCenters,
            DataCenterDirectory dataCenters,
            FaultInjector faults,
            ReceivedRequests requests) {
        return new SimulatorHoldings(clients, tokens, environments, contactCenters, dataCenters, faults, requests);
    }

    @Bean
    ReceivedRequests simulatorReceivedRequests() {
        return new ReceivedRequests();
    }

    /**
     * Counting first, so that every request received counts; then credentials, since a fault may hold a request for
     * minutes and only a caller GAuth would serve may make it wait; then faults.
     */
    @Bean
    WebMvcConfigurer simulatorInterceptors(
            ReceivedRequests requests,
            FaultInjector faults,
            OpsCredentials ops,
            ClientDirectory clients,
            TokenStore tokens,
            JsonMapper jsonMapper) {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(requests).addPathPatterns(SIMULATOR_PATHS);
                registry.addInterceptor(new CredentialInterceptor(ops, clients, tokens))
                        .addPathPatterns(SIMULATOR_PATHS);
                registry.addInterceptor(new FaultInterceptor(faults, jsonMapper))
                        .addPathPatterns(SIMULATOR_PATHS);
            }
        };
    }
}
