package org.indexkit.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** LibreOffice headless as the tests run it: a fresh profile and home under the test's folder, nothing in the user's. */
final class LibreOffice {
  private LibreOffice() {}

  /** The profile setting "recalculate every formula on load" for OOXML files (0 = always; LibreOffice's default is never). */
  private static final String RECALCULATE = """
      <?xml version="1.0" encoding="UTF-8"?>
      <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" \
      xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
      <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
      </oor:items>
      """;

  /**
   * {@code soffice --convert-to filter --outdir dir/out xlsx}.
   *
   * @param recalculate whether LibreOffice recalculates every formula when it opens the workbook, instead of keeping the
   *     values cached in the file
   */
  static void convert(Path dir, Path xlsx, String filter, String out, boolean recalculate) throws Exception {
    Path soffice = Path.of("/usr/bin/soffice");
    assertThat(soffice).as("LibreOffice is needed for this test: apt-get install libreoffice-calc (.ci/run installs it)").exists();
    Path profile = dir.resolve(recalculate ? "profile-recalculating" : "profile");
    if (recalculate) {
      Files.createDirectories(profile.resolve("user"));
      Files.writeString(profile.resolve("user/registrymodifications.xcu"), RECALCULATE);
    }
    ProcessBuilder office = new ProcessBuilder(List.of(soffice.toString(), "--headless", "--norestore",
        "-env:UserInstallation=" + profile.toUri(), "--convert-to", filter, "--outdir", dir.resolve(out).toString(), xlsx.toString()))
        .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile());
    office.environment().put("HOME", dir.resolve("home").toString());
    office.environment().put("XDG_CONFIG_HOME", dir.resolve("home/config").toString());
    office.environment().put("XDG_CACHE_HOME", dir.resolve("home/cache").toString());
    Process p = office.start();
    assertThat(p.waitFor(150, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(Files.readString(dir.resolve("soffice.log"))).isZero();
  }
}
