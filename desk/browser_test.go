package desk

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// browser finds a Chromium to drive: Debian's chromium, or another
// Chrome on the PATH. Outside CI the browser test is skipped without one;
// in CI (.ci/run installs Debian's chromium) it fails.
func browser(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal("no Chromium on the PATH: .ci/run installs Debian's chromium; run it, or apt-get install chromium")
	}
	t.Skip("no Chromium on the PATH (chromium, chromium-browser, google-chrome): apt-get install chromium to run the browser test")
	return ""
}

// TestBrowserAddArticle drives the desk page in headless Chromium: paste an
// article into the story page's form, submit, and see its new finding.
// CLAIMCHECK_SCREENSHOT=FILE.png keeps a screenshot (PNG) of the result.
func TestBrowserAddArticle(t *testing.T) {
	exe := browser(t)
	srv := serve(t, seeded(t), Options{})
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(exe),
		chromedp.NoSandbox, // root in CI; the page is our own, on loopback
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 1600),
	)
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	ctx, cancel = context.WithTimeout(ctx, 90*time.Second)
	defer cancel()

	css := func(s string) chromedp.CSS { return chromedp.CSS(s) }
	err := chromedp.Do(ctx,
		chromedp.Navigate(srv.URL+"/story?name=seeds"),
		chromedp.WaitVisible(css("#text")),
		chromedp.SetValue(css("#text"), extra),
		chromedp.Click(css("#check")),
		chromedp.WaitVisible(css("#new")),
	)
	if err != nil {
		t.Fatalf("driving the desk: %v", err)
	}
	notice, err := chromedp.Run(ctx, chromedp.Text(css("#new")))
	if err != nil {
		t.Fatal(err)
	}
	cards, err := chromedp.Run(ctx, chromedp.Text(css("section.finding")))
	if err != nil {
		t.Fatal(err)
	}
	shot, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(notice, "added: 1 finding holds its claims") {
		t.Errorf("notice: got %q, want the article added with its finding", notice)
	}
	for _, want := range []string{"Troops of North Korea in Russia", "50,000 troops", "12,000 troops", "Kyiv Ledger"} {
		if !strings.Contains(cards, want) {
			t.Errorf("the new finding's card lacks %q:\n%s", want, cards)
		}
	}
	if len(shot) == 0 {
		t.Error("no screenshot")
	}
	if out := os.Getenv("CLAIMCHECK_SCREENSHOT"); out != "" {
		if err := os.WriteFile(filepath.Clean(out), shot, 0o644); err != nil {
			t.Error(err)
		}
	}
}
