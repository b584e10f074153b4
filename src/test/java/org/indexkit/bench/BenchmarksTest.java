package org.indexkit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.indexkit.core.Direction;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner itself, at toy sizes: it measures every benchmark and rewrites only its own section. Times are not checked. */
class BenchmarksTest {
  @TempDir
  Path dir;

  @Test
  @DisplayName("a quick run reports every benchmark, its target and whether it was met, the heap before and after, and the growth tables")
  void quickRun() throws Exception {
    String md = new Benchmarks(Benchmarks.Sizes.quick(), false, new PrintStream(java.io.OutputStream.nullOutputStream())).run();
    assertThat(md).startsWith(Benchmarks.START).endsWith(Benchmarks.END)
        .contains("`gihi-2023` recipe on 200 × 20", "entropy weights + TOPSIS on 200 × 10", "uncertainty analysis, 20 runs",
            "`indexkit audit` with the `nqpf-entropy-topsis` preset", "`POST /api/v1/compute?include=sheets`", "0 errors", "server heap after the load", "before", "after", "### How time grows", "| 100 × 5 |",
            "| 1,000 × 5 |", "| 100 × 50 |");
  }

  @Test
  @DisplayName("the document keeps everything outside the markers; a document without them gets the section appended")
  void rewritesOnlyItsSection() throws Exception {
    Path doc = dir.resolve("B.md");
    Files.writeString(doc, "# Title\n\nintro\n\n" + Benchmarks.START + "\nold figures\n" + Benchmarks.END + "\n\n## Analysis\nkept\n");
    Benchmarks.writeInto(doc, Benchmarks.START + "\nnew figures\n" + Benchmarks.END);
    assertThat(Files.readString(doc)).isEqualTo("# Title\n\nintro\n\n" + Benchmarks.START + "\nnew figures\n" + Benchmarks.END
        + "\n\n## Analysis\nkept\n");
    Path fresh = Files.writeString(dir.resolve("C.md"), "# Only a title\n");
    Benchmarks.writeInto(fresh, Benchmarks.START + "\nx\n" + Benchmarks.END);
    assertThat(Files.readString(fresh)).isEqualTo("# Only a title\n\n" + Benchmarks.START + "\nx\n" + Benchmarks.END + "\n");
  }

  @Test
  @DisplayName("synthetic inputs have the asked shape, a three-level tree with every tenth indicator a cost, and the same values for a seed")
  void syntheticInputs() {
    var t = SyntheticIndex.table(50, 30, 9);
    assertThat(t.rows()).isEqualTo(50);
    assertThat(t.indicators()).hasSize(30);
    assertThat(SyntheticIndex.table(50, 30, 9).values()).isDeepEqualTo(t.values());
    var tree = SyntheticIndex.tree(30);
    assertThat(tree.leaves()).hasSize(30);
    assertThat(tree.leaves().stream().filter(l -> l.direction() == Direction.COST).count()).isEqualTo(3);
    assertThat(tree.leaves().stream().mapToInt(l -> tree.depth(l.code())).distinct().toArray()).containsExactly(3);
  }
}
