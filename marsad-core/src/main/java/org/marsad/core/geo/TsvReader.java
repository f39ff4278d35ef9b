package org.marsad.core.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one of the gazetteer's tab-separated resources: lines starting with {@code #} are comments,
 * the first other line must be the expected header, every data line must have as many fields as the
 * header. Errors name the source and line. Not thread-safe.
 */
final class TsvReader {

  private final BufferedReader in;
  private final String source;
  private final int width;
  private int line;

  /** Opens {@code in} and checks its header; fails when the header is not {@code header}. */
  TsvReader(BufferedReader in, String source, String header) throws IOException {
    this.in = in;
    this.source = source;
    this.width = split(header).size();
    String first = nextLine();
    if (!header.equals(first)) {
      throw error("expected header '" + header + "', found '" + first + "'");
    }
  }

  /** The fields of the next data line, or {@code null} at the end. */
  String[] next() throws IOException {
    String text = nextLine();
    if (text == null) {
      return null;
    }
    String[] fields = new String[width];
    int from = 0;
    int n = 0;
    for (int i = text.indexOf('\t'); i >= 0 && n < width; i = text.indexOf('\t', from)) {
      fields[n++] = text.substring(from, i);
      from = i + 1;
    }
    if (n != width - 1 || text.indexOf('\t', from) >= 0) {
      throw error("expected " + width + " fields, found " + split(text).size() + ": " + text);
    }
    fields[n] = text.substring(from);
    return fields;
  }

  /** An exception naming the source and the current line. */
  IllegalStateException error(String message) {
    return new IllegalStateException(source + " line " + line + ": " + message);
  }

  /** Parses an integer field, failing with the line when it is not one. */
  long parseLong(String field, String name) {
    try {
      return field.isEmpty() ? 0 : Long.parseLong(field);
    } catch (NumberFormatException e) {
      throw error(name + " is not an integer: " + field);
    }
  }

  /** Parses a decimal field, failing with the line when it is not one. */
  double parseDouble(String field, String name) {
    try {
      return Double.parseDouble(field);
    } catch (NumberFormatException e) {
      throw error(name + " is not a number: " + field);
    }
  }

  private String nextLine() throws IOException {
    String text;
    do {
      text = in.readLine();
      line++;
    } while (text != null && (text.isEmpty() || text.startsWith("#")));
    return text;
  }

  /** Splits on tabs, keeping empty fields. */
  static List<String> split(String text) {
    List<String> fields = new ArrayList<>(12);
    int from = 0;
    for (int i = text.indexOf('\t'); i >= 0; i = text.indexOf('\t', from)) {
      fields.add(text.substring(from, i));
      from = i + 1;
    }
    fields.add(text.substring(from));
    return fields;
  }

  /** Splits a list field on {@code |}; empty when the field is. */
  static String[] list(String field) {
    return field.isEmpty() ? new String[0] : field.split("\\|", -1);
  }
}
