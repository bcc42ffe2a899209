// The generated project built, its CherryServer test ran, and `java -jar target/myapp.jar -c
// site.conf` (as its README says) serves the app and its static files (from the jar's class
// path), started from another directory, with a quiet console.
import java.util.concurrent.TimeUnit

def app = new File(basedir, 'target/generated/myapp')
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Tests run: 4, Failures: 0, Errors: 0, Skipped: 0') : "RootTest did not run its 4 tests\n${log}"
def generated = new File(app, 'target/generated-sources/annotations/com/example/Root_Dispatch.java')
assert generated.isFile() : "the processor wrote no ${generated}"
def jar = new File(app, 'target/myapp.jar')
assert jar.isFile() : "no runnable ${jar}"

def java = new File(System.getProperty('java.home'), 'bin/java').path
def out = new File(basedir, 'app.out')
def err = new File(basedir, 'app.err')
def process = new ProcessBuilder(java, '-jar', jar.path, '-c', new File(app, 'site.conf').path,
    '--port', '0')
    .directory(basedir)
    .redirectOutput(out)
    .redirectError(err)
    .start()
try {
  def deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1)
  while (!out.text.contains('\n') && process.alive && System.nanoTime() < deadline) {
    Thread.sleep(50)
  }
  def serving = out.text.readLines().find()
  def m = serving =~ /^Root serving on (http:\/\/127\.0\.0\.1:\d+\/)$/
  assert m.find() : "the app printed no address: ${out.text}\n--- stderr ---\n${err.text}"
  def base = m.group(1)

  def get = { String path ->
    def c = (HttpURLConnection) new URL(base + path).openConnection()
    c.connectTimeout = 10000
    c.readTimeout = 10000
    def code = c.responseCode
    def body = (code < 400 ? c.inputStream : c.errorStream)?.getText('UTF-8')
    [code, c.contentType, body]
  }
  def (indexCode, indexType, index) = get('')
  assert indexCode == 200 && index.contains('<h1>Hello from myapp!</h1>') : index
  assert get('greet?name=Ada') == [200, 'text/plain;charset=utf-8', 'Hello, Ada!']
  def (cssCode, cssType, css) = get('static/style.css')
  assert cssCode == 200 && cssType == 'text/css' && css.contains('font-family') : "${cssCode} ${cssType}"
  assert get('nothing')[0] == 404
} finally {
  process.destroy() // SIGTERM: the engine stops
  if (!process.waitFor(1, TimeUnit.MINUTES)) {
    process.destroyForcibly()
    assert false : 'java -jar myapp.jar did not stop on SIGTERM'
  }
}
// A quiet console: no SLF4J warning, no stack trace.
def console = out.text + err.text
assert !console.contains('SLF4J') : console
assert !(console =~ /(?m)^\s+at /) : console
return true
