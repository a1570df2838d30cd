package ai.cotool.sdk.testsupport;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Call;
import okhttp3.EventListener;

/** Counts what OkHttp reports about the calls of one OkHttpClient. */
public final class CallEvents extends EventListener {
  public final AtomicInteger started = new AtomicInteger();
  public final AtomicInteger canceled = new AtomicInteger();
  public final AtomicInteger failed = new AtomicInteger();
  public final AtomicInteger ended = new AtomicInteger();

  @Override
  public void callStart(Call call) {
    started.incrementAndGet();
  }

  @Override
  public void canceled(Call call) {
    canceled.incrementAndGet();
  }

  @Override
  public void callFailed(Call call, IOException ioe) {
    failed.incrementAndGet();
  }

  @Override
  public void callEnd(Call call) {
    ended.incrementAndGet();
  }
}
