package org.indexkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Properties;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What the shaded jar carries: a logging API and its binding of one version each (slf4j; log4j's API and its bridge). */
class JarContentsIT {
  static String version(ZipFile jar, String group, String artifact) throws Exception {
    var entry = jar.getEntry("META-INF/maven/" + group + "/" + artifact + "/pom.properties");
    assertThat(entry).as(group + ":" + artifact + " in the jar").isNotNull();
    Properties p = new Properties();
    try (InputStream in = jar.getInputStream(entry)) {
      p.load(in);
    }
    return p.getProperty("version");
  }

  @Test
  @DisplayName("slf4j-api and slf4j-simple, log4j-api and log4j-to-slf4j are bundled in matching versions")
  void loggingVersionsMatch() throws Exception {
    try (ZipFile jar = new ZipFile("target/indexkit.jar")) {
      assertThat(version(jar, "org.slf4j", "slf4j-simple")).isEqualTo(version(jar, "org.slf4j", "slf4j-api"));
      assertThat(version(jar, "org.apache.logging.log4j", "log4j-to-slf4j")).isEqualTo(version(jar, "org.apache.logging.log4j", "log4j-api"));
    }
  }
}
