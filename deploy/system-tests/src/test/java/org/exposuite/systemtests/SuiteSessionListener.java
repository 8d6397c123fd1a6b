package org.exposuite.systemtests;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/** Stops the suite when the test session ends, before the JVM's own shutdown. */
public class SuiteSessionListener implements LauncherSessionListener {

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        Suite.reset();
    }
}
