/**
 * The wizard's pages and the service behind them: starting a run, previewing and executing a step, re-running,
 * adopting, skipping and abandoning, with the view models the templates read. Bulk jobs (and any other caller
 * that provisions without the pages) use the same service, so it is a named interface of the run feature.
 */
@NamedInterface("wizard")
package com.gauthconsole.run.wizard;

import org.springframework.modulith.NamedInterface;
