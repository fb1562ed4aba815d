/** JMH benchmarks of search latency and index build time. */
@NullMarked
package fi.polku.knowledge.bench;

import org.jspecify.annotations.NullMarked;
