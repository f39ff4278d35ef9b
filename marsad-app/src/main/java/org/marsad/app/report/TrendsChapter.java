package org.marsad.app.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.marsad.store.ReportEvent;

/**
 * Chapter 1, Trends: incidents by month (by day for a month's bulletin), by type and by region,
 * against the previous period, and what drove the peaks. Stateless.
 */
final class TrendsChapter {

  private TrendsChapter() {}

  static void write(Html h, ReportData d) {
    ReportText t = d.text;
    h.raw("<section class=\"chapter\" id=\"trends\">\n").heading(2, null, t.get("ch1.title"));
    long now = d.incidents.size();
    long before = d.previousIncidents.size();
    h.p(t.get("ch1.total", now, d.name(d.period), d.change(now, before), before, d.name(d.previous)));
    boolean daily = d.period.days() <= 62;
    Function<LocalDate, String> bucket = daily ? LocalDate::toString : day -> YearMonth.from(day).toString();
    List<String> keys = buckets(d.period, daily);
    List<String> prevKeys = buckets(d.previous, daily);
    Map<String, Long> counts = ReportData.count(d.incidents, e -> bucket.apply(e.date()));
    Map<String, Long> prevCounts = ReportData.count(d.previousIncidents, e -> bucket.apply(e.date()));
    List<Long> values = keys.stream().map(k -> counts.getOrDefault(k, 0L)).toList();
    List<Long> prevValues = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      prevValues.add(i < prevKeys.size() ? prevCounts.getOrDefault(prevKeys.get(i), 0L) : 0L);
    }
    h.heading(3, null, t.get(daily ? "ch1.by_day" : "ch1.by_month"));
    h.raw("<figure>").raw(BarChart.columns(t.get(daily ? "ch1.by_day" : "ch1.by_month"),
        keys.stream().map(k -> label(k, daily, d)).toList(), values, prevValues))
        .raw("<figcaption>").text(t.get("ch1.chart_caption", d.name(d.period), d.name(d.previous)))
        .raw("</figcaption></figure>\n");

    h.heading(3, null, t.get("ch1.by_type"));
    compare(h, d, t.get("col.type"), ReportData.count(d.incidents, ReportEvent::type),
        ReportData.count(d.previousIncidents, ReportEvent::type), t::type);
    h.heading(3, null, t.get("ch1.by_region"));
    compare(h, d, t.get("col.region"), ReportData.count(d.incidents, d::region),
        ReportData.count(d.previousIncidents, d::region), t::region);

    h.heading(3, null, t.get("ch1.peaks"));
    peaks(h, d, keys, values, bucket, daily);
    h.raw("</section>\n");
  }

  private static void compare(Html h, ReportData d, String column, LinkedHashMap<String, Long> now,
      Map<String, Long> before, Function<String, String> label) {
    if (now.isEmpty() && before.isEmpty()) {
      h.note(d.text.get("none.incidents"));
      return;
    }
    h.raw("<figure>").raw(BarChart.bars(column, now.keySet().stream().map(label).toList(),
        List.copyOf(now.values()))).raw("</figure>\n");
    h.table("figures", column, d.name(d.period), d.name(d.previous), d.text.get("col.change"));
    TreeSet<String> rest = new TreeSet<>(before.keySet());
    rest.removeAll(now.keySet());
    List<String> order = new ArrayList<>(now.keySet());
    order.addAll(rest);
    for (String k : order) {
      long n = now.getOrDefault(k, 0L);
      long b = before.getOrDefault(k, 0L);
      h.row(Html.esc(label.apply(k)), Long.toString(n), Long.toString(b), Html.esc(d.change(n, b)));
    }
    h.endTable();
  }

  private static void peaks(Html h, ReportData d, List<String> keys, List<Long> values,
      Function<LocalDate, String> bucket, boolean daily) {
    long total = values.stream().mapToLong(Long::longValue).sum();
    if (total == 0) {
      h.note(d.text.get("none.incidents"));
      return;
    }
    double mean = (double) total / keys.size();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.<Integer>comparingLong(values::get).reversed().thenComparing(i -> i));
    h.raw("<ul class=\"peaks\">\n");
    for (int rank = 0; rank < Math.min(3, order.size()); rank++) {
      int i = order.get(rank);
      if (values.get(i) == 0 || (rank > 0 && values.get(i) < 1.5 * mean)) {
        break;
      }
      String key = keys.get(i);
      List<ReportEvent> in = d.incidents.stream().filter(e -> bucket.apply(e.date()).equals(key)).toList();
      Map.Entry<String, Long> type = ReportData.count(in, ReportEvent::type).entrySet().iterator().next();
      Map.Entry<String, Long> country = ReportData.count(in, ReportEvent::country).entrySet().iterator().next();
      ReportEvent top = in.stream().max(Comparator.<ReportEvent>comparingInt(e -> e.sources().size())
          .thenComparing(ReportEvent::date, Comparator.reverseOrder()).thenComparing(ReportEvent::id, Comparator.reverseOrder()))
          .orElseThrow();
      String countryName = country.getKey().isEmpty() ? d.text.get("place.unknown") : d.atlas.countryName(country.getKey());
      h.raw("<li>").text(d.text.get("ch1.peak", label(key, daily, d), values.get(i), d.text.type(type.getKey()),
          type.getValue(), countryName, country.getValue()))
          .raw(" ").text(d.text.get("ch1.peak_top", d.when(top), d.where(top), ReportData.shortSummary(top, 160)))
          .raw(" ").raw(d.citations.of(top)).raw("</li>\n");
    }
    h.raw("</ul>\n");
  }

  private static List<String> buckets(Period p, boolean daily) {
    List<String> keys = new ArrayList<>();
    if (daily) {
      for (LocalDate day = p.from(); !day.isAfter(p.to()); day = day.plusDays(1)) {
        keys.add(day.toString());
      }
    } else {
      for (YearMonth m = YearMonth.from(p.from()); !m.isAfter(YearMonth.from(p.to())); m = m.plusMonths(1)) {
        keys.add(m.toString());
      }
    }
    return keys;
  }

  private static String label(String key, boolean daily, ReportData d) {
    if (daily) {
      return Integer.toString(LocalDate.parse(key).getDayOfMonth());
    }
    YearMonth m = YearMonth.parse(key);
    String pattern = d.period.kind() == Period.Kind.YEAR ? d.text.get("format.month_short") : d.text.get("format.month_short_year");
    return m.atDay(1).format(DateTimeFormatter.ofPattern(pattern, d.text.locale()));
  }
}
