package org.jcherry.samples.wiki;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jcherry.testing.CherryServer;
import org.jcherry.testing.TestClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The wiki in a real browser: Debian's chromium, headless, driven through its chromedriver as a
 * person would use the site. Each step's screenshot is saved under {@code
 * target/screenshots/browser/}. Skipped without chromium unless {@code CI} is set ({@code .ci/run}
 * installs it).
 */
class BrowserTest {
  @RegisterExtension static final CherryServer server = WikiServers.embedded();

  private static Browser browser;
  private static ChromeDriver driver;

  @BeforeAll
  static void startBrowser() throws IOException {
    Browser.assumeInstalled();
    browser = Browser.open("browser");
    driver = browser.driver;
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  private static void shot(String name) throws IOException {
    browser.shot(name);
  }

  private static WebElement find(String id) {
    return browser.find(id);
  }

  private static void follow(String id) {
    browser.follow(id);
  }

  private static String flash() {
    return browser.flash();
  }

  private static void type(String id, String text) {
    browser.type(id, text);
  }

  @Test
  void aPersonUsesTheWiki(TestClient client) throws Exception {
    driver.get(client.base() + "/");
    assertEquals("Main Page · JCherry Wiki", driver.getTitle());
    shot("main-page");

    follow("register");
    type("username", "ada");
    type("password", "analytical engine");
    shot("register");
    follow("submit");
    assertEquals("Welcome, ada! You are logged in.", flash());
    follow("logout");
    assertEquals("You are logged out.", flash());

    follow("login");
    type("username", "ada");
    type("password", "analytical engine");
    follow("submit");
    assertEquals("Logged in as ada.", flash());
    assertEquals("ada", find("user").getText());

    driver.get(client.base() + "/wiki/Engines");
    follow("create");
    type("body", "# Engines\n\nThe *Analytical Engine* weaves algebraic patterns.");
    type("comment", "first draft");
    shot("create-page");
    follow("save");
    assertEquals("Saved Engines as r1.", flash());
    assertEquals("Engines", driver.findElement(By.cssSelector("article h1")).getText());
    shot("page");

    follow("edit");
    type(
        "body",
        "# Engines\n\nThe *Analytical Engine* weaves algebraic patterns\nas the loom weaves flowers.");
    type("comment", "the loom");
    follow("save");
    follow("history");
    assertTrue(driver.getPageSource().contains("the loom"));
    shot("history");
    browser.follow(driver.findElement(By.cssSelector("a.diff")));
    assertTrue(find("diff").getText().contains("+as the loom weaves flowers."));
    shot("diff");

    driver.get(client.base() + "/wiki/Engines");
    Path note = Files.createTempFile("notes", ".txt");
    Files.writeString(note, "Notes on the engine.\n");
    find("file").sendKeys(note.toString());
    follow("upload");
    assertEquals("Attached " + note.getFileName() + ".", flash());
    shot("attachment");
    driver.findElement(By.linkText(note.getFileName().toString())).click();
    Path downloaded = browser.downloads.resolve(note.getFileName().toString());
    for (int i = 0; i < 100 && !Files.exists(downloaded); i++) {
      Thread.sleep(100);
    }
    assertEquals("Notes on the engine.\n", Files.readString(downloaded, StandardCharsets.UTF_8));

    WebElement search = driver.findElement(By.name("q"));
    search.sendKeys("loom\n");
    find("results");
    shot("search");
    browser.follow(driver.findElement(By.linkText("Engines")));
    assertEquals("Engines · JCherry Wiki", driver.getTitle());

    // A form posted without its CSRF token, as a forger's page would post it, is refused.
    follow("edit");
    driver.executeScript("document.querySelector('form.editor input[name=csrf_token]').remove()");
    type("body", "forged");
    follow("save");
    assertTrue(find("message").getText().contains("CSRF token is missing or wrong"));
    shot("csrf-refused");
    driver.get(client.base() + "/wiki/Engines");
    assertTrue(driver.getPageSource().contains("as the loom weaves flowers."), "nothing forged");

    follow("logout");
    assertEquals("You are logged out.", flash());
    find("login");
    shot("logged-out");
  }
}
