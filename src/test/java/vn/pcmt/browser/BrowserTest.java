package vn.pcmt.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.pcmt.PcmtTest;
import vn.pcmt.TestAccounts;

/**
 * Drives Debian's Chromium ({@code /usr/bin/chromium}, or {@code PCMT_CHROMIUM}) through Playwright against
 * the application on a random port. Screenshots land in {@code target/screenshots/}.
 */
@PcmtTest
abstract class BrowserTest {

    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;

    BrowserContext context;
    Page page;

    /** What the browser refused under the Content-Security-Policy: every page must run without a refusal. */
    final List<String> policyViolations = new java.util.concurrent.CopyOnWriteArrayList<>();

    /**
     * One Playwright driver and one Chromium for the whole run, started by the first browser test class and closed
     * when the JVM ends: starting them took seconds per class (25 classes). Each test still gets a fresh browser
     * context (cookies, storage), so classes do not see each other's sessions (ADR 049).
     */
    @BeforeAll
    static synchronized void launch() {
        if (browser != null && browser.isConnected()) {
            return;
        }
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        String chromium = System.getenv().getOrDefault("PCMT_CHROMIUM", "/usr/bin/chromium");
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Paths.get(chromium))
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run")));
        Playwright started = playwright;
        Browser launched = browser;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            launched.close();
            started.close();
        }));
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(1366, 900).setLocale("vi-VN"));
        page = context.newPage();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type()) && CSP.matcher(message.text()).find()) {
                policyViolations.add(page.url() + ": " + message.text());
            }
        });
    }

    private static final java.util.regex.Pattern CSP =
            java.util.regex.Pattern.compile("Content[- ]Security[- ]Policy", java.util.regex.Pattern.CASE_INSENSITIVE);

    @AfterEach
    void closePage() {
        try {
            org.assertj.core.api.Assertions.assertThat(policyViolations)
                    .as("console errors about the Content-Security-Policy")
                    .isEmpty();
        } finally {
            context.close();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void login(String username) {
        page.navigate(url("/login"));
        page.getByLabel("Tên đăng nhập").fill(username);
        page.getByLabel("Mật khẩu").fill(TestAccounts.PASSWORD);
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Đăng nhập"))
                .click();
        page.waitForURL(url("/"));
    }

    /** Opens a tab of the plan page (ADR 050) unless it is the one shown. */
    void planTab(String tab) {
        com.microsoft.playwright.Locator link = page.locator("[data-testid=plan-tabs] a[data-tab=" + tab + "]");
        if (!"page".equals(link.getAttribute("aria-current"))) {
            link.click();
            page.waitForSelector("[data-testid=plan-tabs] a[data-tab=" + tab + "][aria-current=page]");
        }
    }

    void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }
}
