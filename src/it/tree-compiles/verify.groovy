// Reads what the processor wrote for the tree under src/main/java. `basedir` is this build's folder.
def generated = new File(basedir, 'target/generated-sources/annotations/org/jcherry/it/compiles')

def read = { String name ->
  def f = new File(generated, name)
  assert f.isFile() : "the processor did not write ${f}"
  f.getText('UTF-8')
}

def expectLines = { String file, String text, List<String> lines ->
  def actual = text.readLines()*.trim()
  lines.each { line ->
    assert actual.contains(line) : "${file} lacks the line\n  ${line}\n--- ${file} ---\n${text}"
  }
}

// Where JavaPoet may wrap a line, only the text is checked, not the line.
def expectText = { String file, String text, List<String> parts ->
  parts.each { part ->
    assert text.contains(part) : "${file} lacks\n  ${part}\n--- ${file} ---\n${text}"
  }
}

def dispatch = read('Root_Dispatch.java')
expectLines('Root_Dispatch.java', dispatch, [
  'public final class Root_Dispatch implements DispatchTable<Root>, PageHandlers.Calls<Root> {',
  // each handler a row: its name, the names it answers (aliases translated), its parameters
  'HandlerRow.of("Root.index", "index"),',
  'HandlerRow.of("Root.greet", "greet", "hi", "salut_html").required("name").withDefault("times", "1"),',
  'HandlerRow.of("Root.default_", "default").varargs());',
  // one call case a row, with the URLs it serves as a comment: each argument read by its type
  'case 0: return node.index(); // /',
  'case 1: return node.greet(args.text(0), args.integer(1)); // /greet, /hi, /salut.html',
  'case 2: return node.default_(args.segments()); // /...',
  // one case line a child
  'case "blog": return node.blog; // /blog/...',
  'case "shop": return node.getShop(); // /shop/...',
])
// the class's @CpConfig as a literal map
expectText('Root_Dispatch.java', dispatch, [
  'Map.entry("tools.encode.encoding", "utf-8")',
  'Map.entry("tools.gzip.on", true)',
])

def main = read('Root_Main.java')
expectLines('Root_Main.java', main, [
  'public final class Root_Main implements AppMain {',
  'public static void main(String[] args) {',
  'Launcher.run(args, new Root_Main());',
])
// mounts a new Root at the @AppRoot's scriptName, with its config; listed for autoreload
expectText('Root_Main.java', main, [
  'return new Root();',
  'return "/app";',
  'Map.entry("environment", "production")',
])
def mains = new File(basedir, 'target/classes/META-INF/services/org.jcherry.boot.AppMain')
assert mains.text.contains('Root_Main') : "no AppMain registry: ${mains}"


def blog = read('Blog_Dispatch.java')
expectLines('Blog_Dispatch.java', blog, [
  'params.put("year", vpath.pop());',
  'params.put("month", vpath.pop());',
  'case 1: // /entry',
])

def shop = read('Shop_Dispatch.java')
expectLines('Shop_Dispatch.java', shop, [
  'case 0: // /item',
  'HandlerRow.of("Shop.search", "search", "search_json").optional("ids").keywords());',
])
expectText('Shop_Dispatch.java', shop, [
  'args.get(0, UUID::fromString)',
  'args.optional(1, Integer::valueOf)',
  'args.list(2, Converters::text)',
  'args.get(3, LocalDate::parse)',
  'args.get(4, BigDecimal::new)',
  'args.get(5, Shop.Color::valueOf)',
  'args.keywordTexts()',
  // a handler's own @CpConfig, beside the class's
  'Map.entry("tools.caching.on", false)',
])

// ServiceLoader finds the tables through this list: every table, nothing else.
def services = new File(basedir, 'target/classes/META-INF/services/org.jcherry.dispatch.DispatchTable')
assert services.isFile() : "no service registry at ${services}"
def tables = services.readLines('UTF-8')*.trim().findAll { it && !it.startsWith('#') }
def expected = ['Blog', 'Root', 'Shop'].collect { "org.jcherry.it.compiles.${it}_Dispatch".toString() }
assert tables.sort() == expected : "service registry lists ${tables}, expected ${expected}"
expected.each { name ->
  def cls = new File(basedir, "target/classes/${name.replace('.', '/')}.class")
  assert cls.isFile() : "${name} was listed but not compiled"
}

// The generated code binds by direct calls: no reflection of any kind.
generated.eachFileMatch(~/.*\.java/) { f ->
  def text = f.getText('UTF-8')
  ['java.lang.reflect', 'Class.forName', 'MethodHandle', 'getDeclared', 'Proxy.newProxyInstance'].each { banned ->
    assert !text.contains(banned) : "${f.name} uses ${banned}"
  }
}

// Compiled with -Xlint:all -Werror: a warning would have failed the build, so none may be logged.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert !(log =~ /(?m)^\[WARNING\] .*\.java:\[/) : 'javac warned about a source file'

return true
