package com.gauthconsole.operations;

import com.gauthconsole.gauth.DeniedNetworks;
import com.gauthconsole.targets.GauthTarget;
import com.gauthconsole.targets.TargetCatalog;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * Whether each GAuth target accepts a connection. Reachability only: it opens and closes a TCP connection, so it
 * neither sends credentials nor changes anything in GAuth. Answers are reused for {@link #REUSE_FOR}, so that a load
 * balancer polling the health endpoint does not knock on GAuth's door every second. It is not part of liveness,
 * readiness or the overall status: a GAuth outage does not make the console itself unhealthy
 * ({@code /actuator/health/gauth} reports it).
 */
@Component("gauthTargets")
class GauthTargetsHealth extends AbstractHealthIndicator {

    static final Duration REUSE_FOR = Duration.ofSeconds(30);

    /** Ranked below UP for the overall health (application.yml), so that only the gauth group reports it. */
    static final Status UNREACHABLE = new Status("UNREACHABLE", "A GAuth target does not accept connections");

    private static final Duration LONGEST_CHECK = Duration.ofSeconds(2);

    private final TargetCatalog targets;
    private final DeniedNetworks deniedNetworks;
    private final Clock clock;
    private volatile Checked last;

    GauthTargetsHealth(TargetCatalog targets, DeniedNetworks deniedNetworks, Clock clock) {
        this.targets = targets;
        this.deniedNetworks = deniedNetworks;
        this.clock = clock;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        Checked checked = last;
        if (checked == null || checked.at().plus(REUSE_FOR).isBefore(clock.instant())) {
            checked = new Checked(clock.instant(), check());
            last = checked;
        }
        boolean allReachable = checked.reachable().values().stream().allMatch(Boolean::booleanValue);
        (allReachable ? health.up() : health.status(UNREACHABLE))
                .withDetail("checkedAt", checked.at().toString())
                .withDetail("reachable", checked.reachable());
    }

    private Map<String, Boolean> check() {
        Map<String, Boolean> reachable = new LinkedHashMap<>();
        for (String name : targets.names()) {
            reachable.put(name, targets.find(name).map(this::accepts).orElse(false));
        }
        return reachable;
    }

    private boolean accepts(GauthTarget target) {
        URI url = target.endpoint().baseUrl();
        int port = url.getPort() > 0 ? url.getPort() : "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
        Duration timeout = target.endpoint().connectTimeout().compareTo(LONGEST_CHECK) < 0
                ? target.endpoint().connectTimeout()
                : LONGEST_CHECK;
        try (Socket socket = new Socket()) {
            InetAddress address = InetAddress.getByName(url.getHost());
            if (deniedNetworks.denies(address)) {
                return false;
            }
            socket.connect(new InetSocketAddress(address, port), Math.toIntExact(timeout.toMillis()));
            return true;
        } catch (IOException | IllegalArgumentException unreachable) {
            return false;
        }
    }

    private record Checked(Instant at, Map<String, Boolean> reachable) {}
}
