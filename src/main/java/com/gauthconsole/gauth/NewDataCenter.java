package com.gauthconsole.gauth;

/**
 * Step 5's request.
 *
 * @param location region in Genesys Multicloud CX naming, e.g. {@code /usw1}
 * @param entryPoint the GAuth URL for that location
 */
public record NewDataCenter(String location, String entryPoint, boolean readOnly) {}
