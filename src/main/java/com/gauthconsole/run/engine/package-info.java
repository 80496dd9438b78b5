/**
 * The run engine: a run and its attempts as stored, where a run stands ({@link
 * com.gauthconsole.run.engine.RunProgress}), how an attempt is begun and finished under the run's lock ({@link
 * com.gauthconsole.run.engine.AttemptRecorder}), the secrets a run keeps sealed, and the attempts interrupted by a
 * stop.
 */
package com.gauthconsole.run.engine;
