/**
 * The Spark engine: each pending cell of a sweep becomes one Spark task (local[N], a standalone cluster, or YARN and
 * Kubernetes through spark-submit), with results written through the Hadoop FileSystem API so a run directory may be
 * local, hdfs:// or s3a://. Resume, per-round checkpoints and provenance are the local engine's own.
 */
package io.falbench.spark;
