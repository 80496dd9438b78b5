package com.gauthconsole.api;

import com.gauthconsole.secret.Secret;

/** A token just made: its value, shown once in the answer that made it and kept nowhere. */
record CreatedApiToken(ApiTokenView token, Secret value) {}
