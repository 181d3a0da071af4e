#!/usr/bin/env python3
"""Checks the embeddable banner and the web component the way a seller dashboard uses them.

    check_embed.py STORINGEN [--screenshots DIR]

A small project (an outage of orders that began 30 minutes ago) is built three times:
now (the outage shows), 45 minutes ago (before it: the quiet line) and 4 hours ago (older
than staleAfter's 3 hours: the stale warning). Each site is served by a local HTTP server
that, like GitHub Pages, allows any origin to read its files; a page on a second origin
(another port) embeds `embed/banner.html` in an <iframe> and uses
`embed/storingen-banner.js` with `<storingen-banner services="orders">`. Headless
Chromium, through WebDriver, checks that both show the same state, that the banner
makes no request and the component only its script and api/v2/summary.json, and takes
screenshots. The banner is at most 8 KB and passes axe-core with no violation; the
script is at most 5 KB.
"""
import argparse
import datetime
import functools
import http.server
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import zoneinfo

FAILURES = []
AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")


def fail(message):
    FAILURES.append(message)
    print("FAIL: " + message, file=sys.stderr)


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    def end_headers(self):
        self.send_header("Access-Control-Allow-Origin", "*")
        super().end_headers()

    def log_message(self, *arguments):
        pass


def serve(folder):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(SiteHandler, directory=folder))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}"


def local(moment):
    return moment.astimezone(AMSTERDAM).strftime("%Y-%m-%d %H:%M")


def build(binary, project, output, moment):
    result = subprocess.run([binary, "build", "--incidents", os.path.join(project, "incidents"), "--site",
                             os.path.join(project, "site"), "--output", output, "--as-of", local(moment)],
                            capture_output=True, text=True)
    if result.returncode != 0:
        fail(f"build at {local(moment)} failed: {result.stderr}")


def host_page(folder, site):
    """The seller dashboard: another origin, embedding the banner both ways."""
    path = os.path.join(folder, "index.html")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(f"""<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Verkoopaccount</title></head>
<body><h1>Verkoopaccount</h1>
<iframe id="frame" src="{site}/embed/orders/banner.html" title="Status van Bestellingen" style="border:0;width:600px;height:112px"></iframe>
<script src="{site}/embed/storingen-banner.js"></script>
<storingen-banner id="component" services="orders" lang="nl"><a href="{site}/">Status van het platform</a></storingen-banner>
</body></html>
""")


def driver():
    from selenium import webdriver
    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=900,400"):
        options.add_argument(argument)
    if shutil.which("chromium"):
        options.binary_location = shutil.which("chromium")
    service = webdriver.ChromeService(executable_path=shutil.which("chromedriver")) if shutil.which("chromedriver") else None
    return webdriver.Chrome(options=options, service=service) if service else webdriver.Chrome(options=options)


def shadow_text(browser):
    for _ in range(50):
        text = browser.execute_script(
            "var e=document.getElementById('component');return e&&e.shadowRoot?e.shadowRoot.textContent:null")
        if text:
            return text
        time.sleep(0.1)
    return None


def check_scenario(browser, name, site, host, expected, screenshots):
    browser.get(host + "/index.html")
    component = shadow_text(browser)
    if component is None or expected not in component:
        fail(f"{name}: the web component shows {component!r}, not {expected!r}")
    origins = {site, host}
    resources = browser.execute_script("return performance.getEntriesByType('resource').map(function(r){return r.name})")
    foreign = [url for url in resources if not any(url.startswith(origin) for origin in origins)]
    if foreign:
        fail(f"{name}: the host page requested {foreign}")
    component_requests = [url for url in resources if url.startswith(site) and "/embed/" not in url]
    if component_requests != [site + "/api/v2/summary.json"]:
        fail(f"{name}: the component requested {component_requests}, not only api/v2/summary.json")
    browser.save_screenshot(os.path.join(screenshots, f"embed-{name}.png"))
    browser.switch_to.frame(browser.find_element("id", "frame"))
    try:
        banner = browser.find_element("tag name", "main")
        shown = banner.text
        if expected not in shown:
            fail(f"{name}: the banner shows {shown!r}, not {expected!r}")
        inside = browser.execute_script("return performance.getEntriesByType('resource').length")
        if inside:
            fail(f"{name}: the banner made {inside} request(s)")
        links = browser.execute_script(
            "return Array.prototype.map.call(document.querySelectorAll('a'),function(a){return a.target})")
        if any(target != "_top" for target in links):
            fail(f"{name}: a banner link does not open in the embedding page: {links}")
    finally:
        browser.switch_to.default_content()
    print(f"ok: {name}: the banner and the component both show {expected!r}")


def check_axe(browser, site, screenshots):
    try:
        from axe_selenium_python import Axe
    except ImportError:
        fail("axe-selenium-python is missing (pip install axe-selenium-python)")
        return
    for path in ("/embed/banner.html", "/embed/orders/banner.html", "/en/embed/banner.html"):
        browser.get(site + path)
        axe = Axe(browser)
        axe.inject()
        violations = axe.run()["violations"]
        for violation in violations:
            fail(f"{path}: axe-core {violation['id']}: {violation['help']} ({len(violation['nodes'])} node(s))")
        if not violations:
            print(f"ok: {path} has no axe-core violation")
    browser.save_screenshot(os.path.join(screenshots, "embed-banner-en.png"))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("binary")
    parser.add_argument("--screenshots", default=os.path.join(tempfile.gettempdir(), "storingen-embed-screenshots"))
    arguments = parser.parse_args()
    binary = os.path.abspath(arguments.binary)
    os.makedirs(arguments.screenshots, exist_ok=True)
    scratch = tempfile.mkdtemp(prefix="check-embed-")
    now = datetime.datetime.now(datetime.timezone.utc).replace(second=0, microsecond=0)
    began = now - datetime.timedelta(minutes=30)
    project = os.path.join(scratch, "project")
    os.makedirs(os.path.join(project, "incidents"))
    os.makedirs(os.path.join(project, "site"))
    with open(os.path.join(project, "site", "site.yml"), "w", encoding="utf-8") as handle:
        handle.write("baseURL: https://status.example.nl/\nstaleAfter: 3h\n")
    with open(os.path.join(project, "incidents", "bestellingen.md"), "w", encoding="utf-8") as handle:
        handle.write(f"---\ntitle: Bestellingen komen vertraagd binnen\nservices: [orders]\nimpact: major\n---\n\n"
                     f"## {local(began)} — Onderzoek\n\nWe onderzoeken het.\n")
    scenarios = [
        ("active", now, "Bestellingen komen vertraagd binnen"),
        ("quiet", now - datetime.timedelta(minutes=45), "Bestellingen werkt normaal"),
        ("stale", now - datetime.timedelta(hours=4), "Deze pagina is mogelijk niet actueel"),
    ]
    sites = {}
    for name, moment, _ in scenarios:
        output = os.path.join(scratch, name)
        build(binary, project, output, moment)
        sites[name] = output
    for relative, limit in (("embed/banner.html", 8 * 1024), ("embed/orders/banner.html", 8 * 1024),
                            ("en/embed/banner.html", 8 * 1024), ("embed/storingen-banner.js", 5 * 1024)):
        size = os.path.getsize(os.path.join(sites["active"], relative))
        if size > limit:
            fail(f"{relative} is {size} bytes, more than {limit}")
    script = open(os.path.join(sites["active"], "embed/storingen-banner.js"), encoding="utf-8").read()
    if "http://" in script or "https://" in script:
        fail("embed/storingen-banner.js names an external URL")
    browser = driver()
    try:
        for name, _, expected in scenarios:
            site = serve(sites[name])
            host_folder = os.path.join(scratch, "host-" + name)
            os.makedirs(host_folder)
            host_page(host_folder, site)
            check_scenario(browser, name, site, serve(host_folder), expected, arguments.screenshots)
        check_axe(browser, serve(sites["active"]), arguments.screenshots)
    finally:
        browser.quit()
    shutil.rmtree(scratch, ignore_errors=True)
    if FAILURES:
        print(f"embed check: {len(FAILURES)} check(s) failed", file=sys.stderr)
        sys.exit(1)
    print(f"embed check: all checks passed; screenshots in {arguments.screenshots}")


if __name__ == "__main__":
    main()
