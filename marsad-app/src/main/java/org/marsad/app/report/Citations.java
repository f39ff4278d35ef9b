package org.marsad.app.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.marsad.store.ReportEvent;
import org.marsad.store.ReportSource;

/**
 * Numbers the documents a report cites, in the order of the annex (incidents by date, then
 * responses), so that every chapter cites a document by the same number. Immutable once built.
 */
final class Citations {

  private final Map<String, Integer> numbers = new LinkedHashMap<>();
  private final List<ReportSource> sources = new ArrayList<>();

  Citations(List<ReportEvent> incidents, List<ReportEvent> responses) {
    for (List<ReportEvent> list : List.of(incidents, responses)) {
      for (ReportEvent e : list) {
        for (ReportSource s : e.sources()) {
          if (!numbers.containsKey(s.documentId())) {
            numbers.put(s.documentId(), sources.size() + 1);
            sources.add(s);
          }
        }
      }
    }
  }

  /** The cited sources, number i at index i - 1. */
  List<ReportSource> sources() {
    return sources;
  }

  /** The event's citation numbers as HTML, e.g. {@code [1, 4]}: the numbers of the list of sources (plain text: tens of thousands of PDF links would slow printing down). */
  String of(ReportEvent e) {
    if (e.sources().isEmpty()) {
      return "";
    }
    return e.sources().stream().map(s -> numbers.get(s.documentId())).filter(n -> n != null).distinct().sorted()
        .map(String::valueOf)
        .collect(Collectors.joining(", ", "<span class=\"cite\">[", "]</span>"));
  }
}
