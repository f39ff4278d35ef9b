package org.marsad.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.Callable;
import org.marsad.store.Counts;
import org.marsad.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code marsad status}: what is stored. */
@Command(name = "status", mixinStandardHelpOptions = true, description = "Count what is stored.")
final class StatusCommand implements Callable<Integer> {

  @Mixin HomeOptions home;

  @Option(names = "--json", description = "End with one JSON line of the counts.")
  boolean json;

  @Override
  public Integer call() {
    try (Store store = home.openStore()) {
      Counts c = store.counts();
      System.out.println("store:       " + store.description());
      System.out.println("documents:   " + c.documents());
      System.out.println("quarantined: " + c.quarantined());
      System.out.println("incidents:   " + c.incidents());
      System.out.println("responses:   " + c.responses());
      if (json) {
        System.out.println(toJson(c));
      }
      return Main.OK;
    }
  }

  static ObjectNode toJson(Counts c) {
    ObjectNode o = new ObjectMapper().createObjectNode();
    o.put("documents", c.documents());
    o.put("quarantined", c.quarantined());
    o.put("incidents", c.incidents());
    o.put("responses", c.responses());
    return o;
  }
}
