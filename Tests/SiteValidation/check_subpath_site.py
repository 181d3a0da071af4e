#!/usr/bin/env python3
"""Builds the example site for a GitHub Pages project site and follows every link.

    check_subpath_site.py STORINGEN --incidents DIR --site DIR

For each base URL (`https://acme.github.io/status/`, and one whose path holds an
encoded space), the site is built with that `baseURL` into a folder served by a real
HTTP server under the base URL's path (`/status/`), and:
- every internal href/src of every page, resolved as a browser does, answers 200
  (the 404 page's links are resolved as if it were shown at a deep unknown URL);
- no output file holds a URL with the base path twice or a double-encoded `%25`;
- every absolute URL on the site's host starts with the base URL;
- the sitemap lists every HTML page but 404.html and the embeddable banners (documents
  for an <iframe>, marked noindex), and nothing else.
"""
import argparse
import functools
import html.parser
import http.server
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import urllib.error
import urllib.parse
import urllib.request

FAILURES = []


def fail(message):
    FAILURES.append(message)
    print("FAIL: " + message, file=sys.stderr)


class Links(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []

    def handle_starttag(self, tag, attributes):
        for name, value in attributes:
            if name in ("href", "src") and value is not None:
                self.links.append(value)


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def status(url, cache):
    if url not in cache:
        try:
            with urllib.request.urlopen(url, timeout=10) as response:
                response.read()
                cache[url] = response.status
        except urllib.error.HTTPError as error:
            cache[url] = error.code
    return cache[url]


def check(binary, incidents, site, base_url, folder):
    work = tempfile.mkdtemp(prefix="storingen-subpath-")
    try:
        settings = os.path.join(work, "site")
        shutil.copytree(site, settings, ignore=shutil.ignore_patterns("public"))
        config = os.path.join(settings, "site.yml")
        text = open(config, encoding="utf-8").read() if os.path.exists(config) else ""
        text = re.sub(r"(?m)^baseURL:.*$", "", text) + f"\nbaseURL: {base_url}\n"
        open(config, "w", encoding="utf-8").write(text)
        root = os.path.join(work, "root")
        output = os.path.join(root, folder)
        subprocess.run([binary, "build", "--incidents", incidents, "--site", settings, "--output", output,
                        "--as-of", "2026-11-23 12:00"], check=True, stdout=subprocess.DEVNULL)

        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=root))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        origin = f"http://127.0.0.1:{server.server_address[1]}"
        base_path = urllib.parse.urlsplit(base_url).path
        served = origin + base_path
        cache = {}
        pages = []
        for directory, _, files in os.walk(output):
            for name in files:
                relative = os.path.relpath(os.path.join(directory, name), output).replace(os.sep, "/")
                if name.endswith(".html"):
                    pages.append(relative)
                with open(os.path.join(directory, name), "rb") as handle:
                    data = handle.read().decode("utf-8", "replace")
                doubled = base_path + base_path.strip("/") + "/"
                if doubled in data or "%2520" in data or "%25" + "20" in data:
                    fail(f"{base_url}: {relative} holds a URL with the base path twice or double-encoded")
                host = urllib.parse.urlsplit(base_url).netloc
                for url in re.findall(r"https?://" + re.escape(host) + r"[^\s\"'<>]*", data):
                    if not url.startswith(base_url):
                        fail(f"{base_url}: {relative} has {url}, outside the base URL")
        links = 0
        for page in sorted(pages):
            location = page[: -len("index.html")] if page.endswith("index.html") else page
            page_url = served + urllib.parse.quote(location)
            if status(page_url, cache) != 200:
                fail(f"{base_url}: {page_url} answers {status(page_url, cache)}")
            # Hosts show 404.html at any unknown URL; its links must work from there too.
            shown_at = served + "incidents/bestaat-niet/dieper/" if page == "404.html" else page_url
            parser = Links()
            with open(os.path.join(output, page), encoding="utf-8") as handle:
                parser.feed(handle.read())
            for href in parser.links:
                if href.startswith("#"):
                    continue
                target = urllib.parse.urljoin(shown_at, href)
                if not target.startswith(origin):
                    continue
                links += 1
                target = target.split("#")[0]
                if status(target, cache) != 200:
                    fail(f"{base_url}: {page} links to {href} ({target}), which answers {status(target, cache)}")
        server.shutdown()

        listed = set()
        for name in os.listdir(output):
            if re.fullmatch(r"sitemap(-\d+)?\.xml", name):
                with open(os.path.join(output, name), encoding="utf-8") as handle:
                    listed |= set(re.findall(r"<loc>([^<]*)</loc>", handle.read()))
        expected = {base_url + urllib.parse.quote(page[: -len("index.html")] if page.endswith("index.html") else page)
                    for page in pages if page != "404.html" and not is_embed(page)}
        sitemaps = {url for url in listed if re.search(r"/sitemap-\d+\.xml$", url)}
        if listed - sitemaps != expected:
            missing = sorted(expected - listed)[:5]
            extra = sorted(listed - sitemaps - expected)[:5]
            fail(f"{base_url}: the sitemap does not list exactly the HTML pages; missing {missing}, extra {extra}")
        print(f"ok: {base_url} served under {base_path}: {len(pages)} pages, {links} internal links, all answer 200; "
              f"sitemap lists {len(expected)} pages")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def is_embed(page):
    """A banner under embed/ or en/embed/: a fragment for other pages, not a page to find."""
    return page.startswith("embed/") or page.startswith("en/embed/")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("binary")
    parser.add_argument("--incidents", required=True)
    parser.add_argument("--site", required=True)
    arguments = parser.parse_args()
    binary = os.path.abspath(arguments.binary)
    for base_url, folder in [("https://acme.github.io/status/", "status"),
                             ("https://acme.github.io/my%20status/", "my status")]:
        check(binary, os.path.abspath(arguments.incidents), os.path.abspath(arguments.site), base_url, folder)
    if FAILURES:
        print(f"sub-path check: {len(FAILURES)} problem(s)", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
