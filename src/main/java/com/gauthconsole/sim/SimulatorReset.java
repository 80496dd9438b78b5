package com.gauthconsole.sim;

/** Empties the simulator: every client, token, environment, contact center, data center and armed fault. */
class SimulatorReset {

    private final ClientDirectory clients;
    private final TokenStore tokens;
    private final EnvironmentDirectory environments;
    private final ContactCenterDirectory contactCenters;
    private final DataCenterDirectory dataCenters;
    private final FaultInjector faults;

    SimulatorReset(
            ClientDirectory clients,
            TokenStore tokens,
            EnvironmentDirectory environments,
            ContactCenterDirectory contactCenters,
            DataCenterDirectory dataCenters,
            FaultInjector faults) {
        this.clients = clients;
        this.tokens = tokens;
        this.environments = environments;
        this.contactCenters = contactCenters;
        this.dataCenters = dataCenters;
        this.faults = faults;
    }

    void resetAll() {
        faults.clear();
        tokens.clear();
        contactCenters.clear();
        environments.clear();
        dataCenters.clear();
        clients.clear();
    }
}
