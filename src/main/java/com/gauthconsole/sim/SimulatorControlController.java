package com.gauthconsole.sim;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The operator's handle on the simulator, guarded by its ops credentials: arm, list and clear faults (see
 * {@link FaultSpec} for their JSON), count what it holds, and reset it to empty.
 */
@RestController
@ConditionalOnBooleanProperty("console.simulator.enabled")
@RequestMapping("/gauth-sim/control")
@RequiresCredential(Credential.OPS_BASIC)
class SimulatorControlController {

    private final FaultInjector faults;
    private final SimulatorHoldings holdings;

    SimulatorControlController(FaultInjector faults, SimulatorHoldings holdings) {
        this.faults = faults;
        this.holdings = holdings;
    }

    @GetMapping("/faults")
    List<FaultSpec> listFaults() {
        return faults.list();
    }

    @PostMapping("/faults")
    @ResponseStatus(HttpStatus.CREATED)
    FaultSpec addFault(@Valid @RequestBody FaultSpec fault) {
        faults.add(fault);
        return fault;
    }

    @DeleteMapping("/faults")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void clearFaults() {
        faults.clear();
    }

    @GetMapping("/inventory")
    SimulatorInventory inventory() {
        return holdings.inventory();
    }

    @PostMapping("/reset")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void reset() {
        holdings.resetAll();
    }
}
