// The build failed (invoker.buildResult = failure); it must have failed for the right reasons:
// the processor's diagnostics, on the right lines of Broken.java, with the fix in the text.
def log = new File(basedir, 'build.log').getText('UTF-8')
def at = { int line, int column -> "Broken.java:[${line},${column}] ".toString() }

def expect = { String where, String message ->
  def line = log.readLines().find { it.contains(where) && it.contains(message) }
  assert line : "build.log has no diagnostic\n  ${where}${message}\n--- build.log ---\n${log}"
}

// line 13 is the @Expose of the package-private `String secret()`
expect(at(13, 3),
    '@Expose method secret must be public: the generated Broken_Dispatch calls it directly;'
        + ' make it public')

// line 19 column 28 is the parameter `Date when` of since
expect(at(19, 28),
    'parameter when of since: type java.util.Date cannot be bound from a request. Supported:'
        + ' String, primitives and their boxes, enums, BigDecimal, BigInteger, UUID, LocalDate,')

// Exactly those two: nothing on the fine handler, no follow-on errors from a half-written table,
// and the processor never threw into javac.
def diagnostics = log.readLines().findAll { it =~ /^\[ERROR\] \/.*\.java:\[\d+,\d+\] / }.unique()
assert diagnostics.size() == 2 : "expected 2 diagnostics, got:\n${diagnostics.join('\n')}"
assert !log.contains('annotation processor threw') : 'the processor threw'
assert !log.contains('Broken_Dispatch.java') : 'a half-written table was compiled'
assert !new File(basedir, 'target/generated-sources/annotations/org/jcherry/it/broken/Broken_Dispatch.java').exists() \
    : 'the processor wrote a table for a class it rejected'

return true
