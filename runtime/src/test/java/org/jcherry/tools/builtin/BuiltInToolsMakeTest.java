package org.jcherry.tools.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.jcherry.tools.Tool;
import org.jcherry.tools.Toolbox;
import org.junit.jupiter.api.Test;

/** The built-in tools' list of names and their switch of makers agree. */
class BuiltInToolsMakeTest {
  @Test
  void everyNameMakesTheToolOfThatName() {
    for (String name : BuiltInTools.NAMES) {
      Tool tool = BuiltInTools.make(name);
      assertNotNull(tool, name);
      assertEquals(name, tool.name());
    }
    assertNull(BuiltInTools.make("no_such_tool"));
  }

  @Test
  void theToolboxOffersEveryNameAndMakesEachToolOnce() {
    Toolbox tools = BuiltInTools.toolbox();
    List<String> names = new ArrayList<>();
    tools.names().forEach(names::add);
    assertEquals(BuiltInTools.NAMES.stream().sorted().toList(), names);
    assertSame(tools.get("gzip"), tools.get("gzip"));
    assertNull(tools.get("no_such_tool"));
  }
}
