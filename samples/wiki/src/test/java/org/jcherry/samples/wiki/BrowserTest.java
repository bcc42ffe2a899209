package org.jcherry.samples.wiki;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import org.jcherry.testing.CherryServer;
import org.jcherry.testing.TestClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The wiki in a real browser: Debian's chromium, headless, driven through its chromedriver as a
 * person would use the site. Each step's screenshot is saved under {@code target/screenshots/}.
 * Skipped without chromium unless {@code CI} is set ({@code .ci/run} installs it).
 */
class BrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SHOTS = Path.of("target/screenshots");

  @RegisterExtension static final CherryServer server = WikiServers.embedded();

  private static ChromeDriver driver;
  private static Path downloads;
  private static int step;

  @BeforeAll
  static void startBrowser() throws IOException {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    Assumptions.assumeTrue(
        present || System.getenv("CI") != null,
        "chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)");
    Files.createDirectories(SHOTS);
    downloads = Files.createTempDirectory("wiki-downloads");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--window-size=1100,800",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-default-apps",
        "--disable-sync",
        "--no-first-run",
        "--metrics-recording-only");
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "download.default_directory",
            downloads.toString(),
            "download.prompt_for_download",
            false));
    // The driver's path is given, so Selenium Manager never looks for (or downloads) one.
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    driver = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stopBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  private static void shot(String name) throws IOException {
    Path png = driver.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(
        png,
        SHOTS.resolve(String.format("%02d-%s.png", ++step, name)),
        StandardCopyOption.REPLACE_EXISTING);
  }

  private static WebElement find(String id) {
    return new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
  }

  private static String flash() {
    return find("flash").getText();
  }

  private static void type(String id, String text) {
    WebElement e = find(id);
    e.clear();
    e.sendKeys(text);
  }

  @Test
  void aPersonUsesTheWiki(TestClient client) throws Exception {
    driver.get(client.base() + "/");
    assertEquals("Main Page · JCherry Wiki", driver.getTitle());
    shot("main-page");

    find("register").click();
    type("username", "ada");
    type("password", "analytical engine");
    shot("register");
    find("submit").click();
    assertEquals("Welcome, ada! You are logged in.", flash());
    find("logout").click();
    assertEquals("You are logged out.", flash());

    find("login").click();
    type("username", "ada");
    type("password", "analytical engine");
    find("submit").click();
    assertEquals("Logged in as ada.", flash());
    assertEquals("ada", find("user").getText());

    driver.get(client.base() + "/wiki/Engines");
    find("create").click();
    type("body", "# Engines\n\nThe *Analytical Engine* weaves algebraic patterns.");
    type("comment", "first draft");
    shot("create-page");
    find("save").click();
    assertEquals("Saved Engines as r1.", flash());
    assertEquals("Engines", driver.findElement(By.cssSelector("article h1")).getText());
    shot("page");

    find("edit").click();
    type(
        "body",
        "# Engines\n\nThe *Analytical Engine* weaves algebraic patterns\nas the loom weaves flowers.");
    type("comment", "the loom");
    find("save").click();
    find("history").click();
    assertTrue(driver.getPageSource().contains("the loom"));
    shot("history");
    driver.findElement(By.cssSelector("a.diff")).click();
    assertTrue(find("diff").getText().contains("+as the loom weaves flowers."));
    shot("diff");

    driver.get(client.base() + "/wiki/Engines");
    Path note = Files.createTempFile("notes", ".txt");
    Files.writeString(note, "Notes on the engine.\n");
    find("file").sendKeys(note.toString());
    find("upload").click();
    assertEquals("Attached " + note.getFileName() + ".", flash());
    shot("attachment");
    driver.findElement(By.linkText(note.getFileName().toString())).click();
    Path downloaded = downloads.resolve(note.getFileName().toString());
    for (int i = 0; i < 100 && !Files.exists(downloaded); i++) {
      Thread.sleep(100);
    }
    assertEquals("Notes on the engine.\n", Files.readString(downloaded, StandardCharsets.UTF_8));

    WebElement search = driver.findElement(By.name("q"));
    search.sendKeys("loom\n");
    find("results");
    shot("search");
    driver.findElement(By.linkText("Engines")).click();
    assertEquals("Engines · JCherry Wiki", driver.getTitle());

    // A form posted without its CSRF token, as a forger's page would post it, is refused.
    find("edit").click();
    driver.executeScript("document.querySelector('form.editor input[name=csrf_token]').remove()");
    type("body", "forged");
    find("save").click();
    assertTrue(find("message").getText().contains("CSRF token is missing or wrong"));
    shot("csrf-refused");
    driver.get(client.base() + "/wiki/Engines");
    assertTrue(driver.getPageSource().contains("as the loom weaves flowers."), "nothing forged");

    find("logout").click();
    assertEquals("You are logged out.", flash());
    find("login");
    shot("logged-out");
  }
}
