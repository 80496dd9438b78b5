/**
 * The runs' JSON API ({@code /api/v1/runs}): the wizard's service behind another door. A step's body is its page's
 * form as JSON; fields left out take what the page would have filled in.
 */
package com.gauthconsole.run.api;
