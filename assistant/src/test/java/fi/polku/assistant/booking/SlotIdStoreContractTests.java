package fi.polku.assistant.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/** The behaviour every slot-id store keeps; each adapter's test class extends this suite. */
public abstract class SlotIdStoreContractTests {

    protected static final Duration SHORT = Duration.ofMillis(600);
    protected static final Duration LONG = Duration.ofHours(1);

    protected abstract SlotIdStore store();

    protected abstract void letTimePass(Duration time) throws InterruptedException;

    private static SlotIdStore.Wanted wanted(String key, String candidate, Duration ttl) {
        return new SlotIdStore.Wanted(key, candidate, ttl);
    }

    @Test
    void givesANewKeyItsCandidateAndFindsTheKeyByIt() {
        SlotIdStore store = store();

        Map<String, String> ids = store.assign(List.of(
                        wanted("c1_20261124T0900_phone", "AAAAAAAAAAAAAAAAAAAAA1", LONG),
                        wanted("c1_20261124T0900_video", "AAAAAAAAAAAAAAAAAAAAA2", LONG)))
                .block();

        assertThat(ids)
                .containsExactly(
                        Map.entry("c1_20261124T0900_phone", "AAAAAAAAAAAAAAAAAAAAA1"),
                        Map.entry("c1_20261124T0900_video", "AAAAAAAAAAAAAAAAAAAAA2"));
        StepVerifier.create(store.key("AAAAAAAAAAAAAAAAAAAAA2"))
                .expectNext("c1_20261124T0900_video")
                .verifyComplete();
    }

    @Test
    void keepsTheFirstIdOfAKey() {
        SlotIdStore store = store();
        store.assign(List.of(wanted("c2_20261124T0900_phone", "BBBBBBBBBBBBBBBBBBBBB1", LONG)))
                .block();

        Map<String, String> again = store.assign(
                        List.of(wanted("c2_20261124T0900_phone", "BBBBBBBBBBBBBBBBBBBBB2", LONG)))
                .block();

        assertThat(again).containsEntry("c2_20261124T0900_phone", "BBBBBBBBBBBBBBBBBBBBB1");
        StepVerifier.create(store.key("BBBBBBBBBBBBBBBBBBBBB2")).verifyComplete();
    }

    @Test
    void knowsNoUnknownId() {
        StepVerifier.create(store().key("CCCCCCCCCCCCCCCCCCCCCC")).verifyComplete();
    }

    @Test
    void forgetsAnIdAfterItsTimeToLiveAndGivesTheKeyANewOne() throws InterruptedException {
        SlotIdStore store = store();
        store.assign(List.of(wanted("c3_20261124T0900_phone", "DDDDDDDDDDDDDDDDDDDDD1", SHORT)))
                .block();

        letTimePass(SHORT.plusMillis(100));

        StepVerifier.create(store.key("DDDDDDDDDDDDDDDDDDDDD1")).verifyComplete();
        assertThat(store.assign(List.of(wanted("c3_20261124T0900_phone", "DDDDDDDDDDDDDDDDDDDDD2", LONG)))
                        .block())
                .containsEntry("c3_20261124T0900_phone", "DDDDDDDDDDDDDDDDDDDDD2");
    }

    @Test
    void answersAnEmptyRequestWithNoIds() {
        assertThat(store().assign(List.of()).block()).isEmpty();
    }

    @Test
    void givesOneKeyOneIdUnderConcurrentListings() throws Exception {
        SlotIdStore store = store();
        List<CompletableFuture<String>> calls = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 20; i++) {
                String candidate = "EEEEEEEEEEEEEEEEEEEE%02d".formatted(i);
                calls.add(CompletableFuture.supplyAsync(
                        () -> store.assign(List.of(wanted("c4_20261124T0900_phone", candidate, LONG)))
                                .block()
                                .get("c4_20261124T0900_phone"),
                        pool));
            }
        }
        Set<String> ids = new HashSet<>();
        for (CompletableFuture<String> call : calls) {
            ids.add(call.get());
        }

        assertThat(ids).hasSize(1);
        StepVerifier.create(store.key(ids.iterator().next()))
                .expectNext("c4_20261124T0900_phone")
                .verifyComplete();
    }
}
