package fi.polku.knowledge.bench;

import fi.polku.segmentation.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The vocabulary of municipal services outside work ability (libraries, waste, sports, day care, building permits...)
 * per language, from the benchmark test data {@code municipal-domains.txt}.
 */
record MunicipalDomains(List<Map<Language, Domain>> domains) {

    /** One domain's texts in one language. */
    record Domain(List<String> titles, List<String> keywords, List<String> sentences) {}

    static MunicipalDomains load() {
        Map<String, Map<Language, Domain>> byName = new LinkedHashMap<>();
        try (InputStream in = Objects.requireNonNull(
                        MunicipalDomains.class.getResourceAsStream("municipal-domains.txt"), "municipal-domains.txt");
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\s*\\|\\s*");
                Domain domain = new Domain(
                        List.of(parts[2].split("\\s*;\\s*")),
                        List.of(parts[3].split("\\s*,\\s*")),
                        List.of(parts).subList(4, parts.length));
                byName.computeIfAbsent(parts[0], d -> new EnumMap<>(Language.class))
                        .put(Language.fromTag(parts[1]), domain);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new MunicipalDomains(new ArrayList<>(byName.values()));
    }
}
