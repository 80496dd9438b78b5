package com.gauthconsole.notify;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.gauthconsole.notify.NoticeOutbox.Claimed;
import com.gauthconsole.testing.GauthSimulatorClient;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two deliverers on one database, as two console instances would have: the checks that they never send one notice
 * twice, on whichever database the console was started.
 */
final class TwoDeliverers {

    static final String HOOK = "/hooks/claims";

    private final ApplicationContext console;
    private final NoticeOutbox outbox;
    private final Clock clock;

    TwoDeliverers(ApplicationContext console) {
        this.console = console;
        this.outbox = console.getBean(NoticeOutbox.class);
        this.clock = console.getBean(Clock.class);
    }

    /** Both see the notice due; the first claim wins it, the second gets nothing, and a claim that ran out is free. */
    void aDueNoticeIsClaimedByOneDelivererOnly() {
        String subject = "claim " + UUID.randomUUID();
        outbox.add(notice(subject), Set.of(Channel.WEBHOOK), clock.instant());
        long id = console.getBean(JdbcClient.class)
                .sql("SELECT id FROM notice_outbox WHERE subject = ?")
                .param(subject)
                .query(Long.class)
                .single();
        Instant now = clock.instant();
        assertThat(outbox.due(now, 1000)).as("due for the first deliverer").contains(id);
        assertThat(outbox.due(now, 1000)).as("due for the second deliverer").contains(id);

        Optional<Claimed> first = outbox.claim(id, "first", now, now.plusSeconds(60));
        Optional<Claimed> second = outbox.claim(id, "second", now, now.plusSeconds(60));

        assertThat(first).isPresent();
        assertThat(second).isEmpty();
        assertThat(outbox.due(now, 1000)).doesNotContain(id);

        Optional<Claimed> takenOver = outbox.claim(id, "second", now.plusSeconds(61), now.plusSeconds(120));
        assertThat(takenOver)
                .as("the claim of a deliverer that stopped runs out")
                .isPresent();
        assertThat(outbox.delivered(first.orElseThrow()))
                .as("the first deliverer's claim ran out: its outcome changes nothing")
                .isFalse();
        assertThat(outbox.delivered(takenOver.orElseThrow())).isTrue();
    }

    /** Both deliver at the same moment the same due notices: the webhook receives each one exactly once. */
    void deliveringAtOnceSendsEveryNoticeOnce(WireMockExtension webhook) throws Exception {
        String batch = UUID.randomUUID().toString();
        List<String> subjects = IntStream.range(0, 40)
                .mapToObj(i -> "claim race " + batch + " " + i)
                .toList();
        subjects.forEach(subject -> outbox.add(notice(subject), Set.of(Channel.WEBHOOK), clock.instant()));
        NoticeDeliverer first = console.getBean(NoticeDeliverer.class);
        NoticeDeliverer second = new NoticeDeliverer(
                outbox,
                console.getBean(NoticeChannels.class),
                console.getBean(NotificationProperties.class),
                console.getBean(TransactionTemplate.class),
                console,
                clock);
        CyclicBarrier together = new CyclicBarrier(2);

        CompletableFuture<Integer> byFirst = CompletableFuture.supplyAsync(() -> deliverAfter(together, first));
        CompletableFuture<Integer> bySecond = CompletableFuture.supplyAsync(() -> deliverAfter(together, second));

        assertThat(byFirst.get() + bySecond.get()).isEqualTo(subjects.size());
        Map<String, Long> received = webhook.findAll(postRequestedFor(urlPathEqualTo(HOOK))).stream()
                .map(request -> GauthSimulatorClient.JSON
                        .readTree(request.getBodyAsString())
                        .path("text")
                        .stringValue())
                .filter(text -> text.contains(batch))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(received)
                .hasSize(subjects.size())
                .allSatisfy((text, times) -> assertThat(times).as(text).isEqualTo(1));
    }

    private static int deliverAfter(CyclicBarrier together, NoticeDeliverer deliverer) {
        try {
            together.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return deliverer.deliverDue();
    }

    private static Notice notice(String subject) {
        return new Notice("RUN_FAILED", subject, subject, subject, Map.of("run", subject));
    }
}
