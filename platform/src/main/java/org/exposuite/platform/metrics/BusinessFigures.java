package org.exposuite.platform.metrics;

/** A service's figures that live in its database (counts, places, people inside), read into its metrics on a schedule. */
public interface BusinessFigures {

    /** Reads every figure from the database now. */
    void refresh();
}
