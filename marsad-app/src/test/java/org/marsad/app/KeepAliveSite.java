package org.marsad.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A web site on the loopback interface that keeps every connection open between requests (HTTP/1.1
 * keep-alive, Content-Length) until the client closes it, and counts the connections opened and those the
 * client closed: a client that keeps its pooled connections open after its work shows as opened minus
 * closed. GET only; paths answer their fixed bodies, others 404. Close it after the test.
 */
final class KeepAliveSite implements AutoCloseable {

  private final ServerSocket server;
  private final Map<String, String> pages;
  final AtomicInteger opened = new AtomicInteger();
  final AtomicInteger closedByClient = new AtomicInteger();

  KeepAliveSite(Map<String, String> pages) throws IOException {
    this.pages = Map.copyOf(pages);
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread.ofVirtual().start(this::accept);
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getLocalPort() + path;
  }

  /** Whether the client has closed every connection it opened, waiting up to {@code wait} for it. */
  boolean allClosedWithin(Duration wait) throws InterruptedException {
    long end = System.nanoTime() + wait.toNanos();
    while (closedByClient.get() < opened.get() && System.nanoTime() < end) {
      Thread.sleep(20);
    }
    return closedByClient.get() == opened.get();
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket s = server.accept();
        opened.incrementAndGet();
        Thread.ofVirtual().start(() -> serve(s));
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private void serve(Socket s) {
    try (s; BufferedReader in =
        new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1))) {
      OutputStream out = s.getOutputStream();
      String requestLine;
      while ((requestLine = in.readLine()) != null) {
        String header;
        while ((header = in.readLine()) != null && !header.isEmpty()) {
          // headers are not needed
        }
        String path = requestLine.split(" ")[1];
        String page = pages.get(path);
        byte[] body = (page == null ? "" : page).getBytes(StandardCharsets.UTF_8);
        out.write(((page == null ? "HTTP/1.1 404 Not Found" : "HTTP/1.1 200 OK") + "\r\nContent-Length: "
            + body.length + "\r\nConnection: keep-alive\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
      }
      closedByClient.incrementAndGet(); // end of stream: the client closed it
    } catch (IOException e) {
      closedByClient.incrementAndGet(); // reset by the client
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
