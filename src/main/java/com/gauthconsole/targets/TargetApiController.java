package com.gauthconsole.targets;

import com.gauthconsole.api.ApiEndpoint;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The GAuth targets a run may start on, for operators' scripts: the name a new run takes and the URL its calls go
 * to, as the wizard offers them; never the ops credentials.
 */
@ApiEndpoint
@RequestMapping("/api/v1/targets")
class TargetApiController {

    private final TargetCatalog catalog;

    TargetApiController(TargetCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    List<Target> targets() {
        return catalog.names().stream()
                .flatMap(name -> catalog.find(name).stream())
                .map(target -> new Target(target.name(), target.baseUrl()))
                .toList();
    }

    /** @param name what a new run's {@code target} names */
    record Target(String name, String baseUrl) {}
}
