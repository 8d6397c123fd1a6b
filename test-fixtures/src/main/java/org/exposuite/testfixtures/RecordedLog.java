package org.exposuite.testfixtures;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;

/** What some loggers wrote at WARN or above while a test listened (the level an operator is paged on). */
public final class RecordedLog implements AutoCloseable {

    private final List<LogRecord> warnings = new CopyOnWriteArrayList<>();
    private final List<Logger> loggers;
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                warnings.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private RecordedLog(List<Logger> loggers) {
        this.loggers = loggers;
        loggers.forEach(logger -> logger.addHandler(handler));
    }

    /** Listens to the loggers of these classes. */
    public static RecordedLog of(Class<?>... sources) {
        return new RecordedLog(Arrays.stream(sources).map(source -> Logger.getLogger(source.getName())).toList());
    }

    /** The messages formatted as they are written. */
    public List<String> warnings() {
        return warnings.stream().map(record -> record instanceof ExtLogRecord written ? written.getFormattedMessage() : record.getMessage())
                .toList();
    }

    /** Every record at WARN or above, with any exception it carries. */
    public List<LogRecord> records() {
        return List.copyOf(warnings);
    }

    @Override
    public void close() {
        loggers.forEach(logger -> logger.removeHandler(handler));
    }
}
