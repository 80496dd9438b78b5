package com.gauthconsole.run;

import org.springframework.test.context.TestPropertySource;

/** GAuth answers a new UUID in {@code path}, as the procedure's examples show, and looks objects up only by it. */
@TestPropertySource(properties = "console.simulator.ids=generated")
class ReRunWhenGauthAnswersNewIdsTest extends ReRunTest {

    @Override
    boolean gauthAnswersTheCcIdAsTheId() {
        return false;
    }
}
