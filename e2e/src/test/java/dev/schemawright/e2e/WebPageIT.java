package dev.schemawright.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.schemawright.contracts.json.JsonCodec;
import io.restassured.specification.RequestSpecification;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web page ingest-service serves at {@code /}, in a real browser (Debian's chromium driven by its chromedriver,
 * both installed by tools/validators/install.sh) against the three real services: upload a dev project, watch it
 * reach published, see the ER diagram drawn with one entity per table of the model, download an artifact and the
 * whole set, answer an open question into a new run. The screenshot is {@code e2e/target/screenshots/web-page.png}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebPageIT {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOT = ServicePlatform.REPO.resolve("e2e/target/screenshots/web-page.png");
    static final Duration WAIT = Duration.ofSeconds(120);

    static ServicePlatform platform;
    static ChromeDriver browser;
    static Path downloads;
    static String projectId;
    static String runId;

    @BeforeAll
    static void open() throws IOException {
        for (Path tool : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(tool)) {
                throw new AssertionError(tool + " is missing: run `bash tools/validators/install.sh` (Debian chromium + chromium-driver)");
            }
        }
        platform = ServicePlatform.shared();
        Path work = Files.createDirectories(ServicePlatform.REPO.resolve("e2e/target/browser"));
        downloads = Files.createTempDirectory(work, "downloads");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // as the machine notes say: headless, and nothing that phones home (the network here is closed)
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--user-data-dir=" + Files.createTempDirectory(work, "profile"), "--window-size=1400,2000");
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
        options.setExperimentalOption("prefs", prefs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1400, 2000));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @Order(1)
    void aDevProjectUploadedInThePageIsPublishedAndItsDiagramHasOneEntityPerTable() throws IOException {
        long start = System.nanoTime();
        browser.get(platform.ingestUrl() + "/");
        await("the page to be ready", () -> "true".equals(browser.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        long loaded = System.nanoTime();
        // labelled, keyboard-reachable controls
        assertThat(browser.findElement(By.cssSelector("label[for=api-key]")).getText()).contains("Key");
        assertThat(browser.findElement(By.cssSelector("label[for=project-id]")).getText()).isEqualTo("Project id");
        // every route needs the tenant's key: the page sends it as a Bearer header on each call and on the event stream
        browser.findElement(By.id("api-key")).sendKeys(platform.tenantKey);

        Path project = PipelineEndToEndIT.firstProject();
        projectId = "web-" + System.nanoTime();
        String paths = PipelineEndToEndIT.documents(project).stream().map(p -> p.toAbsolutePath().toString()).collect(Collectors.joining("\n"));
        browser.findElement(By.id("pick-files")).sendKeys(paths);
        await("the files to be chosen", () -> browser.findElement(By.id("selection")).getText().startsWith("One project"));
        WebElement id = browser.findElement(By.id("project-id"));
        id.clear();
        id.sendKeys(projectId);
        long submitted = System.nanoTime();
        browser.findElement(By.id("upload")).click();

        WebElement card = await("a published run of " + projectId, () -> browser.findElements(
                By.cssSelector(".run[data-project='" + projectId + "'][data-status=published]")).stream().findFirst().orElse(null));
        runId = card.getDomAttribute("data-run-id");
        long published = System.nanoTime();
        assertThat(card.findElements(By.cssSelector(".stages li[data-state=done]"))).hasSize(3);
        await("the diagram", () -> card.findElements(By.cssSelector(".diagram[data-drawn=true] svg")).stream().findFirst().orElse(null));
        long drawn = System.nanoTime();

        JsonNode model = JsonCodec.mapper().readTree(asTenant()
                .get("/v1/projects/{p}/runs/{r}/artifacts/model.json", projectId, runId).then().statusCode(200).extract().asByteArray());
        List<String> tables = new ArrayList<>();
        java.util.Set<String> external = new TreeSet<>();
        model.path("tables").forEach(t -> {
            tables.add(t.path("name").asText());
            // keys into another schema (Supabase auth.users) are drawn as one entity of their own, e.g. auth_users
            t.path("foreignKeys").forEach(fk -> {
                if (fk.hasNonNull("refSchema")) {
                    external.add(fk.path("refSchema").asText() + "_" + fk.path("refTable").asText());
                }
            });
        });
        assertThat(tables).isNotEmpty();
        @SuppressWarnings("unchecked")
        List<String> entities = (List<String>) ((JavascriptExecutor) browser).executeScript(
                "const svg = arguments[0].querySelector('.diagram svg');"
                        // Mermaid draws each entity as <g class="node" id="<diagram>-entity-<name>-<n>">
                        + "return [...svg.querySelectorAll('g.node[id*=\"-entity-\"]')].map(g => g.id.replace(/^.*?-entity-/, '').replace(/-\\d+$/, ''));",
                card);
        List<String> drawnTables = entities.stream().filter(e -> !external.contains(e)).toList();
        assertThat(drawnTables).as("one entity in the drawn SVG per table of model.json").hasSize(tables.size())
                .containsExactlyInAnyOrderElementsOf(tables);
        assertThat(entities.size() - drawnTables.size()).as("external entities %s", external).isEqualTo(external.size());

        assertThat(card.findElement(By.cssSelector(".markdown h2")).getDomProperty("textContent")).contains("Database Design Summary");
        assertThat(card.findElement(By.cssSelector(".markdown")).getDomProperty("innerHTML")).doesNotContain("<script");
        saveScreenshot();

        Map<String, Object> timings = pageTimings();
        Figures.record(String.format("web page: loaded in %d ms (first diagram %s ms after navigation start), upload -> published seen %d ms,"
                        + " published -> diagram drawn %d ms, %d tables drawn; screenshot %s", (loaded - start) / 1_000_000,
                timings.get("firstDiagram"), (published - submitted) / 1_000_000, (drawn - published) / 1_000_000, tables.size(), SCREENSHOT));
    }

    @Test
    @Order(2)
    void anArtifactAndTheWholeSetDownloadWithTheRunsBytes() throws IOException {
        WebElement card = runCard(runId);
        byte[] expected = asTenant()
                .get("/v1/projects/{p}/runs/{r}/artifacts/schema.postgres.sql", projectId, runId).then().statusCode(200).extract().asByteArray();
        card.findElement(By.cssSelector("button.download[data-artifact='schema.postgres.sql']")).click();
        Path sql = downloads.resolve("schema.postgres.sql");
        await("the downloaded schema.postgres.sql", () -> Files.isRegularFile(sql) && sizeOf(sql) == expected.length);
        assertThat(Files.readAllBytes(sql)).isEqualTo(expected);

        card.findElement(By.cssSelector("button.download-all")).click();
        Path zip = downloads.resolve(projectId + "-" + runId + ".zip");
        await("the downloaded zip", () -> Files.isRegularFile(zip) && sizeOf(zip) > 0 && !Files.exists(downloads.resolve(zip.getFileName() + ".crdownload")));
        Map<String, byte[]> entries = new HashMap<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e; (e = z.getNextEntry()) != null;) {
                entries.put(e.getName(), z.readAllBytes());
            }
        }
        assertThat(entries).hasSize(9);
        assertThat(entries.get(projectId + "/schema.postgres.sql")).isEqualTo(expected);
    }

    @Test
    @Order(3)
    void answeringAnOpenQuestionDesignsTheProjectAgain() {
        WebElement card = runCard(runId);
        List<WebElement> boxes = card.findElements(By.cssSelector(".questions textarea"));
        assertThat(boxes).as("open questions with a box each").isNotEmpty();
        WebElement first = boxes.get(0);
        String label = card.findElement(By.cssSelector("label[for='" + first.getDomAttribute("id") + "']")).getText();
        assertThat(label).endsWith(")");
        first.sendKeys("yes, several");
        card.findElement(By.cssSelector(".questions button[type=submit]")).click();
        WebElement next = await("a second published run of " + projectId, () -> browser.findElements(
                        By.cssSelector(".run[data-project='" + projectId + "'][data-status=published]")).stream()
                .filter(c -> !runId.equals(c.getDomAttribute("data-run-id"))).findFirst().orElse(null));
        String answered = asTenant()
                .get("/v1/projects/{p}/runs/{r}", projectId, next.getDomAttribute("data-run-id")).then().statusCode(200).extract().asString();
        assertThat(answered).contains("clarifications.md");
    }

    /** The REST calls that check what the page shows, with the same tenant's key the page was given. */
    private static RequestSpecification asTenant() {
        return given().baseUri(platform.ingestUrl()).header("Authorization", "Bearer " + platform.tenantKey);
    }

    private static WebElement runCard(String run) {
        return browser.findElement(By.cssSelector(".run[data-run-id='" + run + "']"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> pageTimings() {
        return (Map<String, Object>) ((JavascriptExecutor) browser).executeScript(
                "const t = window.schemawrightTimings; return {ready: Math.round(t.ready), firstDiagram: Math.round(t.firstDiagram)};");
    }

    private static void saveScreenshot() throws IOException {
        Files.createDirectories(SCREENSHOT.getParent());
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOT, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static long sizeOf(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return -1;
        }
    }

    private static <T> T await(String what, java.util.function.Supplier<T> probe) {
        return new WebDriverWait(browser, WAIT).withMessage(what).until(d -> {
            T value = probe.get();
            return value instanceof Boolean b ? (b ? value : null) : value;
        });
    }
}
