package com.gauthconsole.sim;

/** How many objects of each kind the simulator holds: lets tests and benchmarks prove nothing was duplicated. */
record SimulatorInventory(int clients, int environments, int contactCenters, int dataCenters) {}
