package org.marsad.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.hate.HateLabel;
import org.marsad.core.hate.LabelledPost;
import org.marsad.core.hate.Verdict;

class EvalHateCommandTest {

  private static LabelledPost post(String text, HateLabel label) {
    return new LabelledPost(text, "test", text, label, null);
  }

  private static Verdict said(HateLabel label) {
    double[] p = label == HateLabel.NORMAL ? new double[] {0.1, 0.1, 0.8} : new double[] {0.8, 0.1, 0.1};
    return new Verdict(label, p[0], p[1], p[2], 0, false, "test");
  }

  @Test
  void falsePositiveRates_fourNormalPostsTwoNamingIslam_countsShares() {
    List<LabelledPost> posts = List.of(post("the mosque opened", HateLabel.NORMAL), post("Muslims fast", HateLabel.NORMAL),
        post("nice weather", HateLabel.NORMAL), post("lovely day", HateLabel.NORMAL), post("hateful", HateLabel.HATESPEECH));
    List<Verdict> verdicts = List.of(said(HateLabel.OFFENSIVE), said(HateLabel.NORMAL), said(HateLabel.HATESPEECH),
        said(HateLabel.NORMAL), said(HateLabel.HATESPEECH));
    double[] r = EvalHateCommand.falsePositiveRates(posts, verdicts);
    assertThat(r).containsExactly(new double[] {0.5, 0.5, 2}, offset(1e-12));
  }
}
