// After three builds (full; Shop edited, module recompiled; Blog edited, Blog.java alone compiled),
// every table is still registered and the edited tables serve their new routes.
def log = new File(basedir, 'build.log').getText('UTF-8')
def compiled = (log =~ /Compiling (\d+) source files? with javac/).collect { it[1] as int }
assert compiled == [3, 3, 1] : "expected javac to compile 3, 3, then 1 source files; it compiled ${compiled}"

def services = new File(basedir, 'target/classes/META-INF/services/org.jcherry.dispatch.DispatchTable')
assert services.isFile() : "no service registry at ${services}"
def tables = services.readLines('UTF-8')*.trim().findAll { it && !it.startsWith('#') }
def expected = ['Blog', 'Root', 'Shop'].collect { "org.jcherry.it.incremental.${it}_Dispatch".toString() }
assert tables.sort() == expected : "after the builds the registry lists ${tables}, expected ${expected}"

def generated = new File(basedir, 'target/generated-sources/annotations/org/jcherry/it/incremental')
def expectCase = { String table, String line ->
  def text = new File(generated, table + '.java').getText('UTF-8')
  assert text.readLines()*.trim().contains(line) : "${table}.java lacks\n  ${line}\n---\n${text}"
  // and the table that was compiled is the regenerated one
  def cls = new File(basedir, "target/classes/org/jcherry/it/incremental/${table}.class")
  def name = (line =~ /\/\/ \/(\w+)/)[0][1]
  assert new String(cls.bytes, 'ISO-8859-1').contains(name) : "${cls.name} was not recompiled with ${name}"
}
expectCase('Shop_Dispatch', 'case 1: return node.cart(); // /cart')
expectCase('Blog_Dispatch', 'case 1: return node.archive(); // /archive')
expectCase('Root_Dispatch', 'case "shop": return node.shop; // /shop/...')

return true
