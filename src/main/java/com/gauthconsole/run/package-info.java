/**
 * Provisioning runs: what other features may see of them. The events a run publishes ({@link
 * com.gauthconsole.run.RunChanged}, {@link com.gauthconsole.run.AttemptFinished}), the snapshots they carry, the
 * step and status vocabulary, and the read models the audit and the home page share. The parts behind them live in
 * sub-packages that only this feature uses: {@code engine} (runs, attempts, progress, re-runs and kept secrets),
 * {@code step} (the six steps of the procedure with their forms) and {@code wizard} (the pages and the service
 * behind them).
 */
package com.gauthconsole.run;
