package org.marsad.core.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.core.domain.Actor;
import org.marsad.core.domain.Span;
import org.marsad.core.geo.Gazetteer;
import org.marsad.core.registry.Office;
import org.marsad.core.registry.Registry;
import org.marsad.core.registry.RegistryOrg;
import org.marsad.core.registry.RegistryPerson;

/**
 * Links actors to the shipped registry (OIC member states, organs, office holders) and to the
 * gazetteer's country names. Immutable and thread-safe; the registry and gazetteer are shared.
 */
final class ReferenceLinker implements ActorLinker {

  private record OrgPattern(RegistryOrg org, Pattern pattern) {}

  private final Registry registry;
  private final Gazetteer gazetteer;
  private final List<OrgPattern> orgPatterns;

  ReferenceLinker(Registry registry, Gazetteer gazetteer) {
    this.registry = registry;
    this.gazetteer = gazetteer;
    List<OrgPattern> patterns = new ArrayList<>();
    for (RegistryOrg org : registry.organisations()) {
      List<String> alternatives = new ArrayList<>();
      alternatives.add(Pattern.quote(org.name()));
      org.aliases().forEach(a -> alternatives.add(Pattern.quote(a)));
      String names = "(?i:" + String.join("|", alternatives) + ")";
      String acronyms = org.acronyms().stream().map(Pattern::quote).reduce((a, b) -> a + "|" + b).orElse(null);
      String all = acronyms == null ? names : names + "|" + acronyms;
      patterns.add(new OrgPattern(org, Pattern.compile("(?<![\\p{L}\\p{N}-])(?:" + all + ")(?![\\p{L}\\p{N}-])")));
    }
    this.orgPatterns = List.copyOf(patterns);
  }

  static ReferenceLinker shared() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final ReferenceLinker INSTANCE = new ReferenceLinker(Registry.shared(), Gazetteer.shared());
  }

  @Override
  public Actor link(Actor actor, LocalDate at) {
    if (actor.type().equals("PERSON")) {
      Optional<RegistryPerson> person = registry.person(actor.name());
      if (person.isPresent()) {
        RegistryPerson p = person.get();
        List<Office> offices = at == null ? p.offices() : registry.officesOf(p.id(), at);
        String title = actor.title();
        String org = actor.org();
        String country = actor.country().isEmpty() ? p.country() : actor.country();
        if (!offices.isEmpty()) {
          Office o = offices.getFirst();
          title = title.isEmpty() ? o.title() : title;
          if (org.isEmpty() && !o.orgId().isEmpty()) {
            org = registry.organisationById(o.orgId()).map(this::shortName).orElse("");
          }
          country = o.country().isEmpty() ? country : o.country();
        }
        return new Actor(p.name(), "PERSON", actor.role(), title, org, country, p.id(), actor.evidence());
      }
      return actor;
    }
    if (actor.type().equals("ORGANIZATION")) {
      return registry.organisation(actor.name())
          .map(o -> new Actor(displayName(o), "ORGANIZATION", actor.role(), "", parentName(o),
              actor.country().isEmpty() ? o.seatCountry() : actor.country(), o.id(), actor.evidence()))
          .orElse(actor);
    }
    return actor;
  }

  /** "Organisation of Islamic Cooperation (OIC)": the name with its first acronym. */
  private static String displayName(RegistryOrg o) {
    return o.acronyms().isEmpty() ? o.name() : o.name() + " (" + o.acronyms().getFirst() + ")";
  }

  private String shortName(RegistryOrg o) {
    return o.acronyms().isEmpty() ? o.name() : o.acronyms().getFirst();
  }

  private String parentName(RegistryOrg o) {
    return o.parentId().isEmpty() ? "" : registry.organisationById(o.parentId()).map(this::shortName).orElse("");
  }

  @Override
  public List<Found> organisationsIn(String text, Span span) {
    List<Found> out = new ArrayList<>();
    if (span.length() == 0) {
      return out;
    }
    String region = text.substring(span.start(), span.end());
    for (OrgPattern p : orgPatterns) {
      Matcher m = p.pattern().matcher(region);
      while (m.find()) {
        Span found = new Span(span.start() + m.start(), span.start() + m.end());
        boolean inside = out.stream().anyMatch(f -> f.span().contains(found));
        if (!inside) {
          out.removeIf(f -> found.contains(f.span()));
          out.add(new Found(p.org().id(), displayName(p.org()), p.org().seatCountry(), found));
        }
      }
    }
    return out;
  }

  @Override
  public Optional<String> countryCode(String nameOrDemonym) {
    return gazetteer.countryCodeOf(nameOrDemonym);
  }

  @Override
  public Optional<String> countryName(String alpha2) {
    return gazetteer.countryName(alpha2);
  }
}
