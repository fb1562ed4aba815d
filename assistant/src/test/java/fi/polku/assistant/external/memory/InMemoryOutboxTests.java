package fi.polku.assistant.external.memory;

import fi.polku.assistant.external.Outbox;
import fi.polku.assistant.external.OutboxContractTests;
import java.time.Clock;

class InMemoryOutboxTests extends OutboxContractTests {

    @Override
    protected Outbox outbox() {
        return new InMemoryOutbox(Clock.systemUTC());
    }
}
