package fi.polku.segmentation.rules;

import java.util.Map;

/** What one evaluation may read: answers, engine inputs and the facts derived so far, by name. */
record Scope(Map<String, Object> values) {}
