package org.marsad.core.source;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A web site on the loopback interface for tests: paths answer with fixed bodies (text or bytes), statuses
 * or redirects (302 unless {@link #redirectStatus} says otherwise); the paths of {@link #conditional} (/feed.xml
 * unless a test adds others) send {@link #etag} and honour If-None-Match; every
 * request's path and Host header are logged. Close it after the test.
 */
final class LocalSite implements AutoCloseable {

  final HttpServer server;
  final Map<String, String> pages = new ConcurrentHashMap<>();
  final Map<String, byte[]> files = new ConcurrentHashMap<>();
  final Map<String, Integer> statuses = new ConcurrentHashMap<>();
  final List<String> requests = new CopyOnWriteArrayList<>();
  final List<String> ifNoneMatch = new CopyOnWriteArrayList<>();
  final List<String> hosts = new CopyOnWriteArrayList<>();
  final Map<String, String> redirects = new ConcurrentHashMap<>();
  final Set<String> conditional = ConcurrentHashMap.newKeySet();
  volatile String etag = "\"v1\"";
  volatile int redirectStatus = 302;

  LocalSite() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
    conditional.add("/feed.xml");
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  private void handle(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath();
    requests.add(path);
    hosts.add(ex.getRequestHeaders().getFirst("Host"));
    String location = redirects.get(path);
    if (location != null) {
      ex.getResponseHeaders().add("Location", location);
      ex.sendResponseHeaders(redirectStatus, -1);
      ex.close();
      return;
    }
    String inm = ex.getRequestHeaders().getFirst("If-None-Match");
    if (inm != null) {
      ifNoneMatch.add(inm);
    }
    Integer status = statuses.get(path);
    String page = pages.get(path);
    byte[] file = files.get(path);
    byte[] body = file != null ? file : page == null ? null : page.getBytes(StandardCharsets.UTF_8);
    if (status == null && conditional.contains(path) && etag.equals(inm)) {
      status = 304;
    }
    if (status == null) {
      status = body == null ? 404 : 200;
    }
    if (conditional.contains(path)) {
      ex.getResponseHeaders().add("ETag", etag);
    }
    byte[] bytes = status == 304 || body == null ? new byte[0] : body;
    ex.sendResponseHeaders(status, status == 304 ? -1 : bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
