package org.indexkit.input;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of a table file as Excel writes it on any system: UTF-8 (with or without BOM), UTF-16 with
 * BOM ("Unicode text"), GB18030/GBK ("CSV (逗号分隔)" on Chinese Windows) or Windows-1252 ("CSV" in
 * Western Europe). Every decoding is strict — a byte that does not belong to the encoding is never
 * replaced by U+FFFD — and what was chosen is stated, for the Audit sheet.
 *
 * <p>Detection: a byte-order mark decides; else the bytes are UTF-8 if they decode as UTF-8; else
 * GB18030 when they decode as it and at least 80 % of the non-ASCII byte pairs lie in the GB2312
 * area (both bytes A1–FE: common Chinese characters — Western accented letters, followed by ASCII
 * letters, fall outside it); else Windows-1252 (bytes it leaves undefined read as Latin-1).
 *
 * @param text the decoded text, without a byte-order mark
 * @param encoding the encoding used
 * @param how why that encoding, in words
 */
public record TextDecoding(String text, String encoding, String how) {
  static final Charset GB18030 = Charset.forName("GB18030");
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /**
   * @param override an encoding named by the user ({@code --encoding}); null to detect
   * @throws IllegalArgumentException naming the file and the encoding when the bytes are not in it
   */
  public static TextDecoding of(String fileName, byte[] bytes, String override) {
    if (override != null && !override.isBlank()) {
      Charset cs;
      try {
        cs = Charset.forName(override.trim());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--encoding " + override + " is not an encoding Java knows (try UTF-8, GB18030, windows-1252, UTF-16)");
      }
      int skip = bom(bytes, cs);
      String text = strict(bytes, skip, cs);
      if (text == null)
        throw new IllegalArgumentException(fileName + " is not valid " + cs.name() + " text (as --encoding says); "
            + "leave --encoding out to let IndexKit detect the encoding");
      return new TextDecoding(text, cs.name(), "as given with --encoding");
    }
    if (starts(bytes, 0xEF, 0xBB, 0xBF)) return decoded(fileName, bytes, 3, StandardCharsets.UTF_8, "UTF-8 with a byte-order mark");
    if (starts(bytes, 0xFF, 0xFE)) return decoded(fileName, bytes, 2, StandardCharsets.UTF_16LE, "UTF-16 (Excel's Unicode text), byte-order mark");
    if (starts(bytes, 0xFE, 0xFF)) return decoded(fileName, bytes, 2, StandardCharsets.UTF_16BE, "UTF-16 big-endian, byte-order mark");
    String utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
    if (utf8 != null) return new TextDecoding(utf8, "UTF-8", "valid UTF-8");
    String gb = strict(bytes, 0, GB18030);
    if (gb != null && chineseShare(bytes) >= 0.8)
      return new TextDecoding(gb, "GB18030", "not valid UTF-8; the bytes read as Chinese text in GB18030 (Excel's CSV on Chinese Windows)");
    String western = strict(bytes, 0, WINDOWS_1252);
    if (western != null) return new TextDecoding(western, "windows-1252", "not valid UTF-8 nor Chinese text; read as Windows-1252 (Excel's CSV in Western Europe)");
    return new TextDecoding(new String(bytes, StandardCharsets.ISO_8859_1), "ISO-8859-1",
        "not valid UTF-8, Chinese text or Windows-1252; read as Latin-1, byte by byte");
  }

  private static TextDecoding decoded(String fileName, byte[] bytes, int skip, Charset cs, String how) {
    String text = strict(bytes, skip, cs);
    if (text == null)
      throw new IllegalArgumentException(fileName + " starts with the byte-order mark of " + cs.name() + " but is not valid "
          + cs.name() + " text; save it again, or name its encoding with --encoding");
    return new TextDecoding(text, cs.name(), how);
  }

  /** The text, or null when some byte is not valid in the encoding (never a replacement character). */
  static String strict(byte[] bytes, int from, Charset cs) {
    try {
      CharBuffer chars = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, from, bytes.length - from));
      String s = chars.toString();
      return s.indexOf('\uFFFD') >= 0 ? null : s;
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static int bom(byte[] b, Charset cs) {
    if (cs.equals(StandardCharsets.UTF_8) && starts(b, 0xEF, 0xBB, 0xBF)) return 3;
    if (cs.name().startsWith("UTF-16") && (starts(b, 0xFF, 0xFE) || starts(b, 0xFE, 0xFF))) return cs.name().equals("UTF-16") ? 0 : 2;
    return 0;
  }

  private static boolean starts(byte[] b, int... prefix) {
    if (b.length < prefix.length) return false;
    for (int i = 0; i < prefix.length; i++) if ((b[i] & 0xff) != prefix[i]) return false;
    return true;
  }

  /** Of the non-ASCII byte pairs, the share whose two bytes both lie in A1–FE (the GB2312 area of common Chinese characters). */
  static double chineseShare(byte[] b) {
    int pairs = 0, gb2312 = 0;
    for (int i = 0; i < b.length; i++) {
      int x = b[i] & 0xff;
      if (x < 0x80) continue;
      int y = i + 1 < b.length ? b[i + 1] & 0xff : 0;
      pairs++;
      if (x >= 0xA1 && x <= 0xFE && y >= 0xA1 && y <= 0xFE) gb2312++;
      i++; // a lead byte and its trail byte
    }
    return pairs == 0 ? 0 : gb2312 / (double) pairs;
  }
}
