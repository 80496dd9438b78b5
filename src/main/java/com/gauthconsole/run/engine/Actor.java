package com.gauthconsole.run.engine;

/**
 * Who acts in the wizard.
 *
 * @param lead whether they may re-run failed steps and adopt existing objects (role LEAD, or one that implies it)
 */
public record Actor(String name, boolean lead) {}
