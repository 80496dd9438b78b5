package com.gauthconsole.sim;

/** The GAuth calls the simulator answers, as named when injecting a fault into one of them. */
public enum SimulatedCall {
    CREATE_CLIENT,
    CREATE_TOKEN,
    ADD_ENVIRONMENT,
    ADD_CONTACT_CENTER,
    ADD_DATA_CENTER,
    UPDATE_CORS,
    READ_CLIENT,
    READ_ENVIRONMENT,
    READ_CONTACT_CENTER
}
