package org.marsad.app.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own errors, those that never reach a route (a URI Jetty refuses, a header too large, a malformed
 * request line), answered as the routes answer theirs: {@code {"error": "one line"}} in JSON, no HTML page, no
 * stack, no cause. Thread-safe.
 */
final class JsonErrorHandler extends ErrorHandler {

  JsonErrorHandler() {
    setShowStacks(false);
    setShowCauses(false);
    setShowMessageInTitle(false);
  }

  @Override
  protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
      Callback callback) {
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
    response.write(true, ByteBuffer.wrap(body(code, message)), callback);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
    return ByteBuffer.wrap(body(status, reason));
  }

  static byte[] body(int code, String message) {
    String fallback = HttpStatus.getMessage(code);
    try {
      return Json.MAPPER.writeValueAsBytes(Map.of("error", ErrorText.oneLine(message, fallback)));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return "{\"error\": \"error\"}".getBytes(StandardCharsets.UTF_8);
    }
  }
}
