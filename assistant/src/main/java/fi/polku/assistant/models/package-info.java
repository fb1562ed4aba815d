/**
 * Optional AI models through Spring AI: which LLM provider is on ({@code polku.llm.provider}, none by default) and
 * the embedding model behind the service search's semantic recall ({@code polku.search.semantic.enabled}, off by
 * default). The whole service works with neither.
 */
@NullMarked
package fi.polku.assistant.models;

import org.jspecify.annotations.NullMarked;
