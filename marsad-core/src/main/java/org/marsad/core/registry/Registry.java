package org.marsad.core.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The shipped registry of OIC member and observer states, OIC organs and the other bodies responses
 * come from (UN, EU, Council of Europe, OSCE), and the people who held their offices. It resolves a
 * mention of a person or an organisation to its registry entry, ignoring case, accents, hyphens,
 * honorifics and leading titles, and tells which offices a person held on a date.
 *
 * <p>{@link #shared()} loads {@code registry.json} from the class path once per JVM. A registry is
 * immutable and thread-safe. Loading fails, naming the offending entry, when the data are
 * malformed, when a reference (parent organisation, office organisation) is unknown, or when one
 * alias would name two entries.
 */
public final class Registry {

  /** Class-path resource the shared registry is read from. */
  public static final String RESOURCE = "/org/marsad/core/registry/registry.json";

  private static final Pattern LEADING_THE = Pattern.compile("^the ");

  private final String version;
  private final List<MemberState> members;
  private final List<MemberState> observers;
  private final Set<String> memberCodes;
  private final Map<String, RegistryOrg> orgsById;
  private final Map<String, RegistryPerson> personsById;
  private final MentionNormaliser personKeys;
  private final MentionIndex<RegistryPerson> personIndex;
  private final MentionIndex<RegistryOrg> orgIndex;

  private Registry(RegistryData data) {
    this.version = data.version();
    this.members = data.states().stream().filter(MemberState::isMember).toList();
    this.observers = data.states().stream().filter(s -> !s.isMember()).toList();
    Set<String> codes = new HashSet<>();
    for (MemberState s : data.states()) {
      if (!codes.add(s.alpha2())) {
        throw new IllegalArgumentException("state listed twice: alpha2=" + s.alpha2());
      }
    }
    this.memberCodes = Set.copyOf(members.stream().map(MemberState::alpha2).toList());
    this.orgsById = byId(data.organisations(), RegistryOrg::id, "organisation");
    this.personsById = byId(data.persons(), RegistryPerson::id, "person");
    checkReferences();
    List<String> prefixes = new ArrayList<>(data.honorifics());
    prefixes.addAll(data.titlePrefixes());
    this.personKeys = new MentionNormaliser(prefixes);
    this.personIndex = indexPersons();
    this.orgIndex = indexOrganisations();
  }

  /** The registry shipped in the jar, loaded on first use and shared by the whole JVM. */
  public static Registry shared() {
    return Shared.INSTANCE;
  }

  /** Reads a registry from {@code in} (the stream is not closed). */
  static Registry read(InputStream in) {
    return new Registry(RegistryJsonReader.read(in));
  }

  /** Data version of the registry file. */
  public String version() {
    return version;
  }

  /**
   * The person a mention names: the full name or an alias, in any case, with or without accents and
   * hyphens, and with honorifics ("Dr", "Ambassador", the person's own such as "Makhdoom") or a
   * leading title ("Foreign Minister") ignored. Empty when the mention names nobody known.
   */
  public Optional<RegistryPerson> person(String mention) {
    Objects.requireNonNull(mention, "mention");
    return personIndex.get(personKeys.strippedKey(mention));
  }

  /** The person with registry id {@code id}. */
  public Optional<RegistryPerson> personById(String id) {
    return Optional.ofNullable(personsById.get(id));
  }

  /**
   * Offices the person with registry id {@code personId} may have held on {@code at}, in registry
   * order; empty for an unknown id.
   */
  public List<Office> officesOf(String personId, LocalDate at) {
    Objects.requireNonNull(at, "at");
    RegistryPerson p = personsById.get(personId);
    return p == null ? List.of() : p.offices().stream().filter(o -> o.heldAt(at)).toList();
  }

  /**
   * The organisation, organ or office a mention names: its name, an acronym or an alias, in any
   * case, with or without a leading "the", and with "Organization" and "Organisation" treated
   * alike. Empty when the mention names nothing known.
   */
  public Optional<RegistryOrg> organisation(String mention) {
    Objects.requireNonNull(mention, "mention");
    return orgIndex.get(orgKey(mention));
  }

  /** The organisation with registry id {@code id}. */
  public Optional<RegistryOrg> organisationById(String id) {
    return Optional.ofNullable(orgsById.get(id));
  }

  /** True when {@code alpha2} (any case) is a full OIC member state; observers are not. */
  public boolean isMemberState(String alpha2) {
    return alpha2 != null && memberCodes.contains(alpha2.toUpperCase(Locale.ROOT));
  }

  /** The OIC member states, in registry order. */
  public List<MemberState> memberStates() {
    return members;
  }

  /** The OIC observer states, in registry order. */
  public List<MemberState> observerStates() {
    return observers;
  }

  /** All organisations, organs and offices, in registry order. */
  public List<RegistryOrg> organisations() {
    return List.copyOf(orgsById.values());
  }

  /** All persons, in registry order. */
  public List<RegistryPerson> persons() {
    return List.copyOf(personsById.values());
  }

  private static <T> Map<String, T> byId(List<T> entries, Function<T, String> idOf, String what) {
    Map<String, T> out = new LinkedHashMap<>();
    for (T e : entries) {
      if (out.putIfAbsent(idOf.apply(e), e) != null) {
        throw new IllegalArgumentException(what + " id listed twice: id=" + idOf.apply(e));
      }
    }
    return Collections.unmodifiableMap(out);
  }

  private void checkReferences() {
    for (RegistryOrg o : orgsById.values()) {
      if (!o.parentId().isEmpty() && !orgsById.containsKey(o.parentId())) {
        throw new IllegalArgumentException(
            "unknown parent organisation: id=" + o.id() + ", parent=" + o.parentId());
      }
    }
    for (RegistryPerson p : personsById.values()) {
      for (Office office : p.offices()) {
        if (!office.orgId().isEmpty() && !orgsById.containsKey(office.orgId())) {
          throw new IllegalArgumentException(
              "unknown office organisation: person=" + p.id() + ", org=" + office.orgId());
        }
      }
    }
  }

  private MentionIndex<RegistryPerson> indexPersons() {
    MentionIndex.Builder<RegistryPerson> b = MentionIndex.builder(RegistryPerson::id);
    for (RegistryPerson p : personsById.values()) {
      List<String> forms = new ArrayList<>(p.aliases());
      forms.add(0, p.name());
      for (String form : forms) {
        b.put(personKeys.strippedKey(form), p);
        for (String h : p.honorifics()) {
          b.put(personKeys.strippedKey(h + " " + form), p);
        }
      }
    }
    return b.build();
  }

  private MentionIndex<RegistryOrg> indexOrganisations() {
    MentionIndex.Builder<RegistryOrg> b = MentionIndex.builder(RegistryOrg::id);
    for (RegistryOrg o : orgsById.values()) {
      b.put(orgKey(o.name()), o);
      o.acronyms().forEach(a -> b.put(orgKey(a), o));
      o.aliases().forEach(a -> b.put(orgKey(a), o));
    }
    return b.build();
  }

  private static String orgKey(String mention) {
    String k =
        MentionNormaliser.key(mention)
            .replace("organization", "organisation")
            .replace("co operation", "cooperation");
    return LEADING_THE.matcher(k).replaceFirst("");
  }

  /** Holder idiom: the class initialiser runs once, on first use, and is thread-safe. */
  private static final class Shared {
    static final Registry INSTANCE = load();

    private static Registry load() {
      try (InputStream in = Registry.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("registry resource missing from class path: " + RESOURCE);
        }
        return read(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read registry resource " + RESOURCE, e);
      }
    }
  }
}
