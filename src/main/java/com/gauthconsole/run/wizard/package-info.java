/**
 * The wizard's pages and the service behind them: starting a run, previewing and executing a step, re-running,
 * adopting, skipping and abandoning, with the view models the templates read.
 */
package com.gauthconsole.run.wizard;
