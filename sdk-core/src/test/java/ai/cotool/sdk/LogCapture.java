package ai.cotool.sdk;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Turns the given java.util.logging loggers up to {@code ALL} and keeps every record they publish,
 * formatted with its parameters and stack trace. The SDK's {@code System.Logger} ends up here: the
 * JDK backs it with java.util.logging when no other logging framework is installed.
 */
final class LogCapture implements AutoCloseable {
  private final List<Logger> loggers = new ArrayList<>();
  private final List<Level> previousLevels = new ArrayList<>();
  private final List<String> lines = new ArrayList<>();
  private final Handler handler =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          StringBuilder line =
              new StringBuilder(
                  record.getLoggerName()
                      + " "
                      + record.getLevel()
                      + " "
                      + new java.util.logging.SimpleFormatter().formatMessage(record));
          if (record.getParameters() != null) {
            for (Object parameter : record.getParameters()) {
              line.append(" | ").append(parameter);
            }
          }
          if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            line.append('\n').append(trace);
          }
          synchronized (lines) {
            lines.add(line.toString());
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  LogCapture(String... loggerNames) {
    handler.setLevel(Level.ALL);
    for (String name : loggerNames) {
      Logger logger = Logger.getLogger(name);
      loggers.add(logger);
      previousLevels.add(logger.getLevel());
      logger.setLevel(Level.ALL);
      logger.addHandler(handler);
    }
  }

  List<String> lines() {
    synchronized (lines) {
      return List.copyOf(lines);
    }
  }

  @Override
  public void close() {
    for (int i = 0; i < loggers.size(); i++) {
      loggers.get(i).removeHandler(handler);
      loggers.get(i).setLevel(previousLevels.get(i));
    }
  }
}
