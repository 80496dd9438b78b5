package com.gauthconsole.run.engine;

import org.springframework.modulith.NamedInterface;

/**
 * Who acts in the wizard.
 *
 * @param lead whether they may re-run failed steps and adopt existing objects (role LEAD, or one that implies it)
 */
@NamedInterface("actor")
public record Actor(String name, boolean lead) {}
