/**
 * JMH benchmarks of the hot kernels over backends and sizes, their suites, and the tables and plots of their
 * results.
 */
package io.falbench.bench;
