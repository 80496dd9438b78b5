/**
 * The six steps of the procedure, one {@link com.gauthconsole.run.step.StepExecutor} each, with their forms: the
 * documented defaults, the checks that need the run, the GAuth call, and how a lead adopts what a failed call may
 * have created. The forms are what the wizard's service takes, so other features may build them.
 */
@NamedInterface("steps")
package com.gauthconsole.run.step;

import org.springframework.modulith.NamedInterface;
