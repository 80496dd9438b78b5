package com.gauthconsole.gauth;

import java.util.List;

/** Step 4's request: the customer's contact center in the environment created by step 3. */
public record NewContactCenter(List<String> domains, String environmentId, String auth, String id) {}
