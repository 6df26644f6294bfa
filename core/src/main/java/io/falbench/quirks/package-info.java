/**
 * Named bugs of the reference implementations that falbench can replay ({@code quirks} key); depends only on the
 * settings and registry packages, so protocols and modes can both read it.
 */
package io.falbench.quirks;
