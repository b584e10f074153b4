package org.indexkit.core;

/** IndexKit's version as built into the jar (Implementation-Version), "dev" when run from classes. */
public final class Version {
  private Version() {}

  public static String get() {
    String v = Version.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}
