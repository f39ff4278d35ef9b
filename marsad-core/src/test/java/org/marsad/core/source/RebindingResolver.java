package org.marsad.core.source;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A hostile DNS server for tests: {@link #rebinding} answers a public address the first time a name is looked
 * up and 127.0.0.1 every time after (DNS rebinding); {@link #fixed} answers the same every time. Every lookup
 * is logged in {@link #lookups}. Thread-safe.
 */
final class RebindingResolver implements HostResolver {

  /** A public address (TEST-NET-3, documentation only: nothing answers there). */
  static final String PUBLIC = "203.0.113.7";

  final List<String> lookups = new CopyOnWriteArrayList<>();
  private final Map<String, List<String>> answers;
  private final boolean rebinds;

  private RebindingResolver(Map<String, List<String>> answers, boolean rebinds) {
    this.answers = answers;
    this.rebinds = rebinds;
  }

  /** Answers {@link #PUBLIC} first, then 127.0.0.1, for every name. */
  static RebindingResolver rebinding() {
    return new RebindingResolver(Map.of(), true);
  }

  /** Answers {@code answers} for their names, and does not resolve other names. */
  static RebindingResolver fixed(Map<String, List<String>> answers) {
    return new RebindingResolver(answers, false);
  }

  @Override
  public synchronized List<InetAddress> resolve(String host) throws UnknownHostException {
    lookups.add(host);
    List<String> answer = rebinds ? List.of(lookups.size() == 1 ? PUBLIC : "127.0.0.1") : answers.get(host);
    if (answer == null) {
      throw new UnknownHostException(host);
    }
    List<InetAddress> addresses = new java.util.ArrayList<>();
    for (String a : answer) {
      addresses.add(InetAddress.getByName(a)); // literals: no lookup
    }
    return addresses;
  }
}
