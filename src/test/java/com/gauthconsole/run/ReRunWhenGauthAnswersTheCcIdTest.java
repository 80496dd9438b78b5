package com.gauthconsole.run;

import org.springframework.test.context.TestPropertySource;

/** GAuth answers the CC-id the request named in {@code path}, and looks objects up by it. */
@TestPropertySource(properties = "console.simulator.ids=cc-id")
class ReRunWhenGauthAnswersTheCcIdTest extends ReRunTest {

    @Override
    boolean gauthAnswersTheCcIdAsTheId() {
        return true;
    }
}
