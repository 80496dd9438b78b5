package com.gauthconsole.api;

import org.springframework.web.bind.annotation.RequestMapping;

/** Any other address under {@code /api}: a problem, like every failure of the API, rather than the pages' 404. */
@ApiEndpoint
class ApiFallbackController {

    @RequestMapping("/api/**")
    void none() {
        throw new ApiProblem(ApiProblemType.NOT_FOUND, "There is no such API call: see /v3/api-docs.");
    }
}
