package org.marsad.app;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import org.marsad.core.geo.PlaceResolver;

/**
 * Builds a {@link PlaceResolver.Config} from the defaults and {@code name=value} overrides named
 * after its components ({@code countryPrior=8.5}), for tuning on a development split. An unknown
 * name or a value that is no number fails with the name. Stateless.
 */
final class ResolverSettings {

  private ResolverSettings() {}

  static PlaceResolver.Config of(Map<String, String> overrides) {
    PlaceResolver.Config defaults = PlaceResolver.Config.defaults();
    RecordComponent[] components = PlaceResolver.Config.class.getRecordComponents();
    for (String name : overrides.keySet()) {
      if (Arrays.stream(components).noneMatch(c -> c.getName().equals(name))) {
        throw new IllegalArgumentException("no resolver setting named " + name + "; settings: "
            + Arrays.stream(components).map(RecordComponent::getName).toList());
      }
    }
    Object[] args = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    try {
      for (int i = 0; i < components.length; i++) {
        RecordComponent c = components[i];
        types[i] = c.getType();
        String value = overrides.get(c.getName());
        if (value == null) {
          args[i] = c.getAccessor().invoke(defaults);
        } else if (c.getType() == boolean.class) {
          args[i] = Boolean.parseBoolean(value.strip());
        } else if (c.getType() == long.class) {
          args[i] = Long.parseLong(value.strip());
        } else {
          args[i] = Double.parseDouble(value.strip());
        }
      }
      return PlaceResolver.Config.class.getDeclaredConstructor(types).newInstance(args);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("resolver setting is not a number: " + overrides, e);
    } catch (java.lang.reflect.InvocationTargetException e) {
      throw new IllegalArgumentException(e.getCause().getMessage(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build the resolver settings: " + e.getMessage(), e);
    }
  }
}
