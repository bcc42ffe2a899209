package org.jcherry.samples.wiki;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium, headless, driven through its chromedriver as a person uses the site: what
 * {@link BrowserTest} and {@link ScaleOutTest} share. Each {@link #shot} is saved, numbered, under
 * {@code target/screenshots/<folder>/}; downloads land in {@link #downloads}.
 */
final class Browser implements AutoCloseable {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  final ChromeDriver driver;
  final Path downloads;
  private final Path shots;
  private int step;

  private Browser(ChromeDriver driver, Path downloads, Path shots) {
    this.driver = driver;
    this.downloads = downloads;
    this.shots = shots;
  }

  /** Skips the calling test without chromium and its driver, unless {@code CI} is set. */
  static void assumeInstalled() {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    Assumptions.assumeTrue(
        present || System.getenv("CI") != null,
        "chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)");
  }

  /**
   * A fresh headless browser (no cookies) whose screenshots go to {@code
   * target/screenshots/folder}.
   */
  static Browser open(String folder) throws IOException {
    Path shots = Path.of("target", "screenshots", folder);
    Files.createDirectories(shots);
    Path downloads = Files.createTempDirectory("wiki-downloads");
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
    return new Browser(new ChromeDriver(service, options), downloads, shots);
  }

  /** Saves what the browser shows now as {@code NN-name.png}. */
  void shot(String name) throws IOException {
    Path png = driver.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(
        png,
        shots.resolve(String.format("%02d-%s.png", ++step, name)),
        StandardCopyOption.REPLACE_EXISTING);
  }

  /** The element with this id, waiting for the page to show it. */
  WebElement find(String id) {
    return new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
  }

  /**
   * Clicks the element with this id and waits until the browser has left the page it was on and
   * loaded the next one: a {@link #find} right after a bare click can still see (and then lose) an
   * element of the old page.
   */
  void follow(String id) {
    follow(find(id));
  }

  /**
   * Clicks {@code target} and waits until a new document has replaced the one it was on and has
   * loaded. The old document is marked with a window property the new one lacks; element references
   * are not used, as chromedriver can fail on them mid-navigation with errors other than a stale
   * reference, so every error while the pages change is retried.
   */
  void follow(WebElement target) {
    driver.executeScript("window.jcherryLeaving = true");
    target.click();
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .ignoring(WebDriverException.class)
        .until(
            d ->
                Boolean.TRUE.equals(
                    driver.executeScript(
                        "return window.jcherryLeaving === undefined"
                            + " && document.readyState === 'complete'")));
  }

  /** The flash message the last redirect left. */
  String flash() {
    return find("flash").getText();
  }

  /** Replaces the text of the field with this id. */
  void type(String id, String text) {
    WebElement e = find(id);
    e.clear();
    e.sendKeys(text);
  }

  @Override
  public void close() {
    driver.quit();
    Services.deleteTree(downloads);
  }
}
