package org.indexkit.core;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A text in English and Simplified Chinese, the two languages of the task pane. */
public record Label(String en, @JsonProperty("zh-CN") String zhCN) {
  public static Label of(String en, String zhCN) {
    return new Label(en, zhCN);
  }
}
