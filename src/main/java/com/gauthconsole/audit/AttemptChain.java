package com.gauthconsole.audit;

import com.gauthconsole.run.AttemptFinished;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends finished attempts to the tamper-evidence chain. An attempt joins the chain once, when it reaches its final
 * state (succeeded, failed, skipped or interrupted): before that its columns still change. The head row is locked
 * with {@code SELECT ... FOR UPDATE}, so concurrent completions, also from several instances, join one after the
 * other and the chain has neither forks nor gaps.
 */
@Component
public class AttemptChain {

    private final JdbcClient jdbc;

    AttemptChain(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Seals the attempt as the chain's next record. Runs in the caller's transaction, after the attempt's final state
     * was written, so that the attempt and its seal are committed together or not at all.
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(AttemptFinished finished) {
        seal(finished.attemptId());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void seal(long attemptId) {
        ChainHead head = jdbc.sql(ChainHead.SELECT + " FOR UPDATE")
                .query((row, number) -> ChainHead.of(row))
                .single();
        long seq = head.lastSeq() + 1;
        String hash = jdbc.sql("SELECT " + AttemptDigest.SELECT_COLUMNS
                        + " FROM step_attempt WHERE id = ? AND chain_seq IS NULL AND status <> 'RUNNING'")
                .param(attemptId)
                .query((row, number) -> AttemptDigest.hash(row, seq, head.lastHash()))
                .optional()
                .orElseThrow(() -> new IllegalStateException(
                        "Attempt " + attemptId + " is not a finished attempt outside the chain"));
        jdbc.sql("UPDATE step_attempt SET chain_seq = ?, prev_hash = ?, record_hash = ? WHERE id = ?")
                .params(seq, head.lastHash(), hash, attemptId)
                .update();
        jdbc.sql("UPDATE audit_chain_head SET last_seq = ?, last_hash = ?, last_attempt_id = ? WHERE id = 1")
                .params(seq, hash, attemptId)
                .update();
    }
}
