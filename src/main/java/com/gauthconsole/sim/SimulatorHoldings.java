package com.gauthconsole.sim;

/**
 * The simulator's holdings as a whole: how many objects of each kind it holds and how many requests it received,
 * and emptying it of every client, token, environment, contact center, data center, armed fault and count.
 */
class SimulatorHoldings {

    private final ClientDirectory clients;
    private final TokenStore tokens;
    private final EnvironmentDirectory environments;
    private final ContactCenterDirectory contactCenters;
    private final DataCenterDirectory dataCenters;
    private final FaultInjector faults;
    private final ReceivedRequests requests;

    SimulatorHoldings(
            ClientDirectory clients,
            TokenStore tokens,
            EnvironmentDirectory environments,
            ContactCenterDirectory contactCenters,
            DataCenterDirectory dataCenters,
            FaultInjector faults,
            ReceivedRequests requests) {
        this.clients = clients;
        this.tokens = tokens;
        this.environments = environments;
        this.contactCenters = contactCenters;
        this.dataCenters = dataCenters;
        this.faults = faults;
        this.requests = requests;
    }

    SimulatorInventory inventory() {
        return new SimulatorInventory(
                clients.count(), environments.count(), contactCenters.count(), dataCenters.count(), requests.byCall());
    }

    void resetAll() {
        faults.clear();
        tokens.clear();
        contactCenters.clear();
        environments.clear();
        dataCenters.clear();
        clients.clear();
        requests.clear();
    }
}
