package fi.polku.assistant.models;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers an OpenAI-compatible {@code POST /embeddings} like a tiny model: a text that mentions debt counselling, or
 * the made-up word {@value #DEBT_WORD}, points along one axis, every other text along the other. Floats or base64,
 * as the request asks.
 */
final class FakeEmbeddingsTransformer implements ResponseDefinitionTransformerV2 {

    static final String NAME = "fake-embeddings";
    /** Shares no letters' worth of keywords with any bundled service, so only the embedding can find debt advice. */
    static final String DEBT_WORD = "zorblax";

    private final JsonMapper json = JsonMapper.builder().build();

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        JsonNode request = json.readTree(event.getRequest().getBodyAsString());
        List<String> inputs = new ArrayList<>();
        JsonNode input = request.get("input");
        if (input.isArray()) {
            input.forEach(text -> inputs.add(text.asString()));
        } else {
            inputs.add(input.asString());
        }
        boolean base64 = "base64".equals(request.path("encoding_format").asString(""));
        List<Map<String, Object>> data = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            float[] vector = embed(inputs.get(i));
            data.add(Map.of("object", "embedding", "index", i, "embedding", base64 ? base64(vector) : vector));
        }
        Map<String, Object> body = Map.of(
                "object",
                "list",
                "data",
                data,
                "model",
                "fake-multilingual",
                "usage",
                Map.of("prompt_tokens", 1, "total_tokens", 1));
        return ResponseDefinition.okForJson(body);
    }

    static float[] embed(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        boolean debt =
                lower.contains("velkaneuvonta") || lower.contains("skuldrådgivning") || lower.contains(DEBT_WORD);
        return debt ? new float[] {1f, 0f, 0f} : new float[] {0f, 1f, 0f};
    }

    private static String base64(float[] vector) {
        ByteBuffer bytes = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : vector) {
            bytes.putFloat(v);
        }
        return Base64.getEncoder().encodeToString(bytes.array());
    }
}
