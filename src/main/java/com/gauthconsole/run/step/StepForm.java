package com.gauthconsole.run.step;

/** The form of one step, as its page shows it and posts it; each step takes its own. */
public sealed interface StepForm
        permits ApiClientForm, TokenForm, EnvironmentForm, ContactCenterForm, DataCenterForm, CorsForm {}
