package org.jcherry.tools.json;

/**
 * Checks bytes to be UTF-8 as strictly as Python's {@code bytes.decode('utf-8')}: no overlong
 * forms, no surrogates, nothing past U+10FFFF. Jackson's byte parser lets overlong forms and
 * surrogates through, and decoding to a String first to let the JDK check would copy the body
 * twice.
 */
final class Utf8 {
  private Utf8() {}

  static boolean isStrict(byte[] b) {
    int n = b.length;
    int i = 0;
    while (i < n) {
      int c = b[i];
      if (c >= 0) {
        i++;
        continue;
      }
      c &= 0xff;
      int len;
      int lo = 0x80;
      int hi = 0xBF;
      if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
      } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        if (c == 0xE0) {
          lo = 0xA0; // overlong below
        } else if (c == 0xED) {
          hi = 0x9F; // surrogates above
        }
      } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        if (c == 0xF0) {
          lo = 0x90;
        } else if (c == 0xF4) {
          hi = 0x8F; // past U+10FFFF above
        }
      } else {
        return false;
      }
      if (i + len > n) {
        return false;
      }
      int second = b[i + 1] & 0xff;
      if (second < lo || second > hi) {
        return false;
      }
      for (int k = 2; k < len; k++) {
        if ((b[i + k] & 0xC0) != 0x80) {
          return false;
        }
      }
      i += len;
    }
    return true;
  }
}
