package org.indexkit.core;

/**
 * One thing a run did to the data, for the Audit sheet: what kind of change, the entity and indicator it
 * concerns (either may be null: a dropped entity has no indicator, an outlier rule applied to a whole
 * column no entity), and the sentence a reader sees.
 */
public record AuditEntry(Kind kind, String entity, String indicator, String message) {

  /** The kinds, with the Audit sheet's wording. */
  public enum Kind {
    DROPPED("Dropped entity"), IMPUTED("Imputed cell"), SUBSTITUTED("Substituted cell"), TREATED("Outlier treatment"),
    MISSING_DENOMINATOR("Missing denominator");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  @Override
  public String toString() {
    return message;
  }
}
