/**
 * Numbers the papers published (the FairFAL table and CIFAR-10-LT curve), kept as data so that reports draw them
 * beside falbench's curves and judge claims against them.
 */
package io.falbench.reports.published;
