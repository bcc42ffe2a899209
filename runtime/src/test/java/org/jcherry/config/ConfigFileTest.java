package org.jcherry.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The INI reader, against what CherryPy 18.8's {@code reprconf.Parser.load} gives for the same
 * text.
 */
class ConfigFileTest {
  @Test
  void readsSectionsDelimitersCaseDefaultsAndInterpolation() {
    String text =
        "[DEFAULT]\n"
            + "root: '/srv'\n"
            + "[global]\n"
            + "server.socket_port = 8080\n"
            + "Mixed.Case: %(root)s + '/x'\n"
            + "# comment\n"
            + "; other comment\n"
            + "[/sub]\n"
            + "tools.x.on: True\n"
            + "multi = {'a': 1,\n"
            + "   'b': 2}\n"
            + "pct = '100%%'\n"
            + "expr: 60 * 60\n";
    Map<String, Map<String, Object>> c = ConfigFile.parse(text, "site.conf");
    assertEquals(List.of("global", "/sub"), List.copyOf(c.keySet()));
    assertEquals(
        Map.of("server.socket_port", 8080L, "Mixed.Case", "/srv/x", "root", "/srv"),
        c.get("global"));
    assertEquals(
        Map.of(
            "tools.x.on",
            true,
            "multi",
            Map.of("a", 1L, "b", 2L),
            "pct",
            "100%",
            "expr",
            3600L,
            "root",
            "/srv"),
        c.get("/sub"));
  }

  @Test
  void sectionEntriesWinOverDefaultsAndInterpolateFromTheirSection() {
    Map<String, Map<String, Object>> c =
        ConfigFile.parse("[DEFAULT]\nname: 'd'\nx: %(name)s\n[/]\nname: 'own'\n", "a.conf");
    assertEquals(Map.of("name", "own", "x", "own"), c.get("/"));
  }

  @Test
  void nestedInterpolation() {
    Map<String, Map<String, Object>> c =
        ConfigFile.parse("[/]\na: 'x'\nb: %(a)s + 'y'\nc: %(b)s + 'z'\n", "a.conf");
    assertEquals("xyz", c.get("/").get("c"));
  }

  @Test
  void badValueNamesFileLineSectionAndKey() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ConfigFile.parse("[global]\n\n[/sub]\nx = foo(\n", "app.conf"));
    assertEquals(
        "Config error in app.conf, line 4, section [/sub], key 'x': the value is not a config literal: ",
        e.getMessage().substring(0, e.getMessage().indexOf("literal: ") + 9));
  }

  @Test
  void missingInterpolationKeyFails() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ConfigFile.parse("[/]\nx = %(nope)s\n", "a.conf"));
    assertEquals(
        "Config error in a.conf, line 2, section [/], key 'x': %(nope)s names no key of this section or of [DEFAULT]",
        e.getMessage());
  }

  @Test
  void interpolationCycleFails() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ConfigFile.parse("[/]\na = %(b)s\nb = %(a)s\n", "a.conf"));
    assertEquals(true, e.getMessage().contains("nest more than 10 deep"), e.getMessage());
  }

  @Test
  void lonePercentFails() {
    assertThrows(
        IllegalArgumentException.class, () -> ConfigFile.parse("[/]\nx = '50%'\n", "a.conf"));
  }

  @Test
  void structuralErrors() {
    assertEquals(
        "Config error in a.conf, line 1: an entry before the first section header; start with [global] or [/]",
        assertThrows(IllegalArgumentException.class, () -> ConfigFile.parse("x = 1\n", "a.conf"))
            .getMessage());
    assertEquals(
        "Config error in a.conf, line 3, section [/]: the section is already defined above",
        assertThrows(
                IllegalArgumentException.class,
                () -> ConfigFile.parse("[/]\nx = 1\n[/]\n", "a.conf"))
            .getMessage());
    assertEquals(
        "Config error in a.conf, line 3, section [/], key 'x': the key is already set in this section",
        assertThrows(
                IllegalArgumentException.class,
                () -> ConfigFile.parse("[/]\nx = 1\nx = 2\n", "a.conf"))
            .getMessage());
    assertEquals(
        "Config error in a.conf, line 2, section [/]: expected 'key: value' or 'key = value', not: novalue",
        assertThrows(
                IllegalArgumentException.class, () -> ConfigFile.parse("[/]\nnovalue\n", "a.conf"))
            .getMessage());
  }

  @Test
  void readsAFileAndNamesItInErrors(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("site.conf");
    Files.writeString(file, "[/]\r\ntools.gzip.on: True\r\n");
    assertEquals(Map.of("/", Map.of("tools.gzip.on", true)), ConfigFile.read(file));
    Files.writeString(file, "[/]\nx: [1,\n");
    String message =
        assertThrows(IllegalArgumentException.class, () -> ConfigFile.read(file)).getMessage();
    assertEquals(
        true,
        message.startsWith("Config error in " + file + ", line 2, section [/], key 'x'"),
        message);
  }
}
