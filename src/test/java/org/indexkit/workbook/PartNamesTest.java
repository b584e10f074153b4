package org.indexkit.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Map;
import org.indexkit.core.InvalidInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Relationship targets resolved to part names (reliability finding C1: the target {@code a//../styles.xml}
 * sent the old resolver into an endless loop). Resolution is one pass over the segments; what is not a
 * part name is refused.
 */
class PartNamesTest {
  @TempDir
  Path dir;

  @ParameterizedTest(name = "{0} + {1} = {2}")
  @CsvSource({"xl/,styles.xml,xl/styles.xml", "xl/,../docProps/app.xml,docProps/app.xml", "xl/,./styles.xml,xl/styles.xml",
      "xl/,/xl/styles.xml,xl/styles.xml", "'',xl/workbook.xml,xl/workbook.xml", "xl/a/,../../x.xml,x.xml",
      "xl/,a/../b/./c.xml,xl/b/c.xml"})
  void resolves(String dir, String target, String part) {
    assertThat(org.indexkit.workbook.xlsx.PackageParts.resolve(dir, target)).isEqualTo(part);
  }

  @ParameterizedTest(name = "\"{0}\" is refused")
  @ValueSource(strings = {"a//../styles.xml", "a//styles.xml", "../../styles.xml", "styles/", "a/..", "//x.xml", ""})
  void refuses(String target) {
    assertThatThrownBy(() -> org.indexkit.workbook.xlsx.PackageParts.resolve("xl/", target)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("not a part name");
  }

  @Test
  @Timeout(20)
  @DisplayName("finding C1: a workbook whose styles target is a//../styles.xml is refused in bounded time, naming the target")
  void loopingStylesTargetRefused() throws Exception {
    Path file = RawXlsx.twoCities().stylesTarget("a//../styles.xml").write(dir.resolve("loop.xlsx"));
    assertThatThrownBy(() -> WorkbookScoring.score(file, "loop.xlsx", null, Map.of(), 1 << 20, new ByteArrayOutputStream()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("a//../styles.xml").hasMessageContaining("empty segment");
  }
}
