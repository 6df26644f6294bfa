package io.falbench.spark;

import java.io.Serializable;

/** What a task tells the driver about its cell (the result itself is in the run directory). */
record CellOutcome(String cellId, String ranOn, double seconds, boolean alreadyFinished) implements Serializable {
}
