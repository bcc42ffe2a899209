package org.jcherry.http;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Text for the round-trip properties: the characters that make encoders work (no surrogates). */
final class RoundTripText {
  private RoundTripText() {}

  /** Strings of ASCII (delimiters and escapes included), Latin-1 and other BMP characters. */
  static Arbitrary<String> text() {
    return Arbitraries.strings()
        .withChars("&;=+%?#/ \"\\,'\t")
        .withCharRange(' ', '~')
        .withCharRange('\u00a0', '\u00ff')
        .withCharRange('\u0100', '\ud7ff')
        .ofMaxLength(12);
  }
}
