package org.marsad.core.hate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class HateXplainDataTest {

  static Path dataDir() {
    String env = System.getenv("MARSAD_SHARED");
    Path root = env != null ? Path.of(env) : Path.of("..", "..", "shared");
    Path dir = root.resolve("data/hatexplain_partial").toAbsolutePath().normalize();
    assumeTrue(Files.isRegularFile(dir.resolve(HateXplainData.POSTS)),
        "HateXplain data not found at " + dir + " (set MARSAD_SHARED); skipping");
    return dir;
  }

  @Test
  void read_sharedCopy_hasTheOfficialSplitSizesAndLabelCounts() throws IOException {
    List<LabelledPost> posts = HateXplainData.read(dataDir());
    List<LabelledPost> test = HateXplainData.split(posts, "test");
    assertThat(posts).hasSize(19_229);
    assertThat(HateXplainData.split(posts, "train")).hasSize(15_383);
    assertThat(HateXplainData.split(posts, "val")).hasSize(1_922);
    assertThat(test).hasSize(1_924);
    assertThat(test.stream().filter(p -> p.label() == HateLabel.NORMAL).count()).isEqualTo(782);
    assertThat(test.stream().filter(p -> p.label() == HateLabel.HATESPEECH).count()).isEqualTo(594);
    assertThat(test.stream().filter(LabelledPost::targetsIslam).count()).isEqualTo(117);
  }
}
