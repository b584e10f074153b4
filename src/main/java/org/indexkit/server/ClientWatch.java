package org.indexkit.server;

import io.javalin.http.Context;
import java.util.concurrent.CancellationException;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.AbstractEndPoint;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;

/**
 * Notices a client that hangs up while its request is computed. Over HTTP/1.1 Jetty does not read the
 * connection while a request is handled (jetty/jetty.project#238), so a closed connection goes unseen
 * until the answer is written; this asks Jetty to report the connection readable, and reads one byte
 * when it is: end of stream means the client is gone. (A client that pipelines a second request
 * meanwhile — no browser or HTTP library does — has that request dropped and the connection closed
 * after the answer, which RFC 9112 §9.3.2 allows.)
 */
final class ClientWatch {
  private static final CancellationException STOP = new CancellationException("answer ready");
  private final EndPoint endPoint;
  private final Object lock = new Object();
  private boolean interested; // our fill interest is registered with Jetty
  private boolean stopped;    // the answer is about to be written: never read the connection again
  private volatile boolean pipelined;

  private ClientWatch(EndPoint endPoint) {
    this.endPoint = endPoint;
  }

  /** Runs {@code gone} (on a Jetty thread) if the client closes the connection before {@link #stop()}. */
  static ClientWatch start(Context ctx, Runnable gone) {
    EndPoint ep;
    try {
      ep = ServletContextRequest.getServletContextRequest(ctx.req()).getConnectionMetaData().getConnection().getEndPoint();
    } catch (RuntimeException e) {
      return new ClientWatch(null); // not a Jetty HTTP/1 connection: nothing to watch
    }
    ClientWatch w = new ClientWatch(ep);
    if (ep instanceof AbstractEndPoint) w.watch(gone);
    return w;
  }

  /** Asks Jetty to say when the connection is readable; reads one byte then, unless the watch was stopped meanwhile. */
  private void watch(Runnable gone) {
    Callback callback = new Callback() {
      @Override
      public void succeeded() {
        int n;
        synchronized (lock) {
          interested = false;
          if (stopped) return; // the answer is on its way: the connection belongs to Jetty again
          try {
            n = endPoint.fill(BufferUtil.allocate(1));
          } catch (java.io.IOException e) {
            n = -1; // reset by peer
          }
          if (n > 0) pipelined = true;
        }
        if (n < 0) gone.run();
        else if (n == 0) watch(gone); // a wake-up without data: keep watching
      }

      @Override
      public void failed(Throwable x) {
        synchronized (lock) {
          interested = false;
        }
      }
    };
    synchronized (lock) {
      if (!stopped) interested = endPoint.tryFillInterested(callback);
    }
  }

  /** Stops watching, before the answer is written; true when the connection must close after it. */
  boolean stop() {
    synchronized (lock) {
      stopped = true;
      if (interested && endPoint instanceof AbstractEndPoint a) a.getFillInterest().onFail(STOP);
      interested = false;
    }
    return pipelined;
  }
}
