package com.gauthconsole.sim;

import java.util.Map;

/**
 * What the simulator holds and what it was asked: the objects of each kind, and the requests each call received
 * (which is what proves that the console sent a call exactly once).
 */
record SimulatorInventory(
        int clients, int environments, int contactCenters, int dataCenters, Map<SimulatedCall, Long> requests) {}
