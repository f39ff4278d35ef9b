package org.marsad.core.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NameIndexTest {

  @Test
  void get_keyWithSeveralValues_returnsThemInOrderAdded() {
    NameIndex index =
        new NameIndex.Builder().add("paris", 7).add("london", 3).add("paris", 2).add("", 9).build();

    assertThat(index.get("paris")).containsExactly(7, 2);
    assertThat(index.get("london")).containsExactly(3);
    assertThat(index.keys()).isEqualTo(2);
  }

  @Test
  void get_missingOrPrefixKey_isEmpty() {
    NameIndex index = new NameIndex.Builder().add("paris", 1).add("جنيف", 2).build();

    assertThat(index.get("pari")).isEmpty();
    assertThat(index.get("pariss")).isEmpty();
    assertThat(index.get("")).isEmpty();
    assertThat(index.get("جنيف")).containsExactly(2);
  }

  @Test
  void get_emptyIndex_isEmpty() {
    assertThat(new NameIndex.Builder().build().get("x")).isEmpty();
  }

  @Test
  void get_manyRandomKeys_matchesAHashMap() {
    Random random = new Random(42);
    Map<String, List<Integer>> expected = new HashMap<>();
    NameIndex.Builder builder = new NameIndex.Builder();
    for (int i = 0; i < 100_000; i++) {
      String key = Integer.toString(random.nextInt(30_000), 36) + (random.nextBoolean() ? "é" : "");
      builder.add(key, i);
      expected.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
    }
    NameIndex index = builder.build();

    assertThat(index.keys()).isEqualTo(expected.size());
    expected.forEach(
        (key, values) ->
            assertThat(index.get(key))
                .as(key)
                .containsExactly(values.stream().mapToInt(Integer::intValue).toArray()));
  }

  @Test
  void get_returnedArray_doesNotExposeTheIndex() {
    NameIndex index = new NameIndex.Builder().add("a", 1).build();
    index.get("a")[0] = 99;

    assertThat(index.get("a")).containsExactly(1);
  }
}
