/**
 * The JSON API's own parts: personal API tokens (created, listed and revoked on the account page, admins see all),
 * the bearer-only, stateless security of {@code /api/**} with its per-token rate limit, the problem details every
 * failure of the API answers with, and the OpenAPI document. The API's endpoints live with the feature they serve
 * ({@code run.api}, {@code audit}, {@code targets}) and use the same services as the pages.
 */
package com.gauthconsole.api;
