package org.marsad.app.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.marsad.store.ReportActor;
import org.marsad.store.ReportEvent;
import org.marsad.store.ReportSource;

/**
 * Which events each part of the report counts: response groups, the OIC report's categories of
 * positive developments, stages of legal follow-up and the eight points of HRC resolution 16/18,
 * each by typology type and cue words, read from {@code report-cues.json} beside this class.
 * Immutable and thread-safe; load once with {@link #shared()}.
 */
final class ReportCues {

  /** A named group: events of one of {@code types} whose text holds one of {@code cues}. */
  record Group(String id, Set<String> types, List<String> cues, List<String> unless) {

    /** Whether the event belongs: by type (and a cue when cues are listed), or by a cue alone when no types are. */
    boolean matches(ReportEvent e, String text) {
      if (unless.stream().anyMatch(text::contains)) {
        return false;
      }
      boolean cue = cues.stream().anyMatch(text::contains);
      if (types.isEmpty()) {
        return cue;
      }
      return types.contains(e.type()) && (cues.isEmpty() || cue);
    }
  }

  private final List<Group> responseGroups;
  private final List<Group> positiveCategories;
  private final List<Group> legalStages;
  private final List<Group> actionPlan;
  private final Set<String> perpetratorRoles;
  private final Set<String> stateActorTypes;
  private final List<String> officialTitles;

  private ReportCues(JsonNode root) {
    responseGroups = groups(root.get("response_groups"));
    positiveCategories = groups(root.get("positive_categories"));
    legalStages = groups(root.get("legal_stages"));
    actionPlan = groups(root.get("action_plan"));
    perpetratorRoles = Set.copyOf(strings(root.get("perpetrator_roles")));
    stateActorTypes = Set.copyOf(strings(root.get("state_actor_types")));
    officialTitles = strings(root.get("official_titles"));
  }

  static ReportCues shared() {
    return Holder.INSTANCE;
  }

  List<Group> responseGroups() {
    return responseGroups;
  }

  List<Group> actionPlan() {
    return actionPlan;
  }

  List<Group> legalStages() {
    return legalStages;
  }

  /** The response group of a response, if it belongs to one. */
  Optional<Group> responseGroup(ReportEvent e) {
    return responseGroups.stream().filter(g -> g.types().contains(e.type())).findFirst();
  }

  /** The OIC category of a positive development (or of a legal action ending in a conviction). */
  Optional<Group> positiveCategory(ReportEvent e) {
    String text = text(e);
    return positiveCategories.stream().filter(g -> g.matches(e, text)).findFirst();
  }

  /** The furthest stage of legal follow-up the text of a legal action names; arrest when none. */
  String legalStage(ReportEvent e) {
    String text = text(e);
    return legalStages.stream().filter(g -> g.cues().stream().anyMatch(text::contains)).map(Group::id)
        .findFirst().orElse("arrest");
  }

  /** The perpetrators and suspects of an incident. */
  List<ReportActor> perpetrators(ReportEvent e) {
    return e.actors().stream().filter(a -> perpetratorRoles.contains(a.role())).toList();
  }

  /** Whether an actor acts for a state: a state, or a person or body with an official title or name. */
  boolean isStateActor(ReportActor a) {
    if (stateActorTypes.contains(a.type())) {
      return true;
    }
    String t = (a.title() + " " + a.name()).toLowerCase(Locale.ROOT);
    return officialTitles.stream().anyMatch(t::contains);
  }

  /** The lower-case text cues are matched against: summary and source sentences. */
  static String text(ReportEvent e) {
    return (e.summary() + " " + e.sources().stream().map(ReportSource::quote).collect(Collectors.joining(" ")))
        .toLowerCase(Locale.ROOT);
  }

  private static List<Group> groups(JsonNode list) {
    List<Group> out = new ArrayList<>();
    for (JsonNode g : list) {
      out.add(new Group(g.get("id").asText(), Set.copyOf(strings(g.get("types"))), strings(g.get("cues")),
          strings(g.get("unless"))));
    }
    return List.copyOf(out);
  }

  private static List<String> strings(JsonNode list) {
    List<String> out = new ArrayList<>();
    if (list != null) {
      list.forEach(n -> out.add(n.asText()));
    }
    return List.copyOf(out);
  }

  private static final class Holder {
    static final ReportCues INSTANCE = load();
  }

  private static ReportCues load() {
    try (InputStream in = ReportCues.class.getResourceAsStream("report-cues.json")) {
      if (in == null) {
        throw new IllegalStateException("resource missing: report-cues.json");
      }
      JsonNode root = new ObjectMapper().readTree(in);
      if (!"marsad-report-cues/1".equals(root.path("format").asText())) {
        throw new IllegalStateException("report-cues.json: unknown format " + root.path("format").asText());
      }
      return new ReportCues(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
