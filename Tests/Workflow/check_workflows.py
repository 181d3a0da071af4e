#!/usr/bin/env python3
"""Runs every CI recipe users are given, with the release binary built once:

1. `.github/workflows/status-page.yml` of this repository: its `check` job as a pull
   request, then `publish` and `notify` as a push to main. It builds storingen from
   source through the repository's own action (`uses: ./`); the action's cache is
   seeded with --binary under the key the action computes for these sources, as a
   warm cache on GitHub would be, and a miss is an error.
2. The incidents-only workflow of docs/ci-and-publishing.md
   (`<!-- workflow: incidents-only -->`), in a
   repository holding only incidents/ and site/: it uses `OWNER/storingen@…`, whose
   composite steps download the release from a local server standing in for
   github.com, serving the tarball and SHA256SUMS of --dist.
3. The GitLab CI recipe of docs/ci-and-publishing.md (`<!-- workflow: gitlab -->`), its
   `check` and `pages` jobs, downloading from the same local server.

    check_workflows.py --tool . --binary .build/release/storingen --dist .build/dist [--incidents DIR]

--incidents measures the recipes on another corpus (say 1,000 generated incidents)
instead of the example incidents/. Each runner prints its step times; the summary at
the end gives each publishing job's critical path.
"""
import argparse
import functools
import http.server
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
# The recipes of the docs this script runs: the name of each `<!-- workflow: NAME -->`
# marker and the page, relative to the tool, that holds it. Tests/Docs/check_doc_commands.py
# reads this to count those blocks as run.
RECIPES = {"incidents-only": "docs/ci-and-publishing.md", "gitlab": "docs/ci-and-publishing.md"}


def fail(message):
    print("FAIL: " + message, file=sys.stderr)
    sys.exit(1)


def run(arguments, **options):
    print("\n$ " + " ".join(arguments), flush=True)
    if subprocess.run(arguments, **options).returncode != 0:
        fail(f"{arguments[1]} failed")


def source_key(tool, scratch):
    """The cache key the action computes (its own step) for the tool's committed sources."""
    changed = subprocess.run(["git", "-C", tool, "status", "--porcelain", "--", "Package.swift", "Makefile", "Sources"],
                             capture_output=True, text=True, check=True).stdout
    if changed.strip():
        fail("the tool's sources have uncommitted changes: the workflows run from a clone of HEAD, so the "
             "binary built from the working tree cannot stand in for theirs; commit first:\n" + changed)
    with open(os.path.join(tool, "action.yml"), encoding="utf-8") as handle:
        steps = yaml.safe_load(handle)["runs"]["steps"]
    command = next(step["run"] for step in steps if step.get("id") == "sources")
    head = os.path.join(scratch, "head")
    subprocess.run(["git", "clone", "--quiet", tool, head], check=True)
    output = os.path.join(scratch, "key")
    environment = dict(os.environ, GITHUB_ACTION_PATH=head, GITHUB_OUTPUT=output, RUNNER_OS="Linux",
                       RUNNER_ARCH="X64" if os.uname().machine == "x86_64" else "ARM64")
    subprocess.run(["bash", "-eo", "pipefail", "-c", command], env=environment, check=True)
    with open(output, encoding="utf-8") as handle:
        return handle.read().strip().split("=", 1)[1]


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *arguments):
        pass


def serve(folder):
    """A local HTTP server for `folder`, on a free port of 127.0.0.1; returns its URL."""
    handler = functools.partial(QuietHandler, directory=folder)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}"


def releases(dist, root, version):
    """github.com's release download layout, for the files `make dist` wrote."""
    for folder in ("latest/download", f"download/{version}"):
        target = os.path.join(root, "OWNER/storingen/releases", folder)
        os.makedirs(target)
        for name in os.listdir(dist):
            if name.endswith(".tar.xz") or name == "SHA256SUMS":
                os.symlink(os.path.abspath(os.path.join(dist, name)), os.path.join(target, name))


def summary(report):
    with open(report, encoding="utf-8") as handle:
        jobs = json.load(handle)
    return [f"{job['name']} {job['total']:.1f} s" + (f" (Pages upload after {job['criticalPath']:.1f} s)"
                                                     if job.get("criticalPath") is not None else "") for job in jobs]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tool", required=True, help="the storingen repository")
    parser.add_argument("--binary", required=True, help="the release binary built from the tool's sources")
    parser.add_argument("--dist", required=True, help="the folder make dist wrote (tarball and SHA256SUMS)")
    parser.add_argument("--incidents", default=None, help="an incidents folder to use instead of the examples")
    arguments = parser.parse_args()
    tool = os.path.abspath(arguments.tool)
    scratch = tempfile.mkdtemp(prefix="check-workflows-")
    version = subprocess.run([arguments.binary, "--version"], capture_output=True, text=True, check=True).stdout.strip()

    cache = os.path.join(scratch, "cache")
    seeded = os.path.join(cache, source_key(tool, scratch))
    os.makedirs(seeded)
    shutil.copy2(arguments.binary, seeded)

    # One local server stands in for github.com (release downloads) and for the live site
    # (`pages/`, the example site as published before), whose API the publish job keeps.
    root = os.path.join(scratch, "web")
    releases(arguments.dist, root, version)
    subprocess.run([arguments.binary, "build", "--incidents", os.path.join(tool, "incidents"), "--site",
                    os.path.join(tool, "site"), "--output", os.path.join(root, "pages")], check=True)
    web = serve(root)
    github, pages = web, web + "/pages/"
    repository_script = [os.path.join(HERE, "incidents_only_repository.sh")]
    if arguments.incidents:
        repository_script.append(os.path.abspath(arguments.incidents))
    repository = subprocess.run(["bash"] + repository_script, capture_output=True, text=True, check=True).stdout.strip()

    workflow = [sys.executable, os.path.join(HERE, "run_workflow.py")]
    results = []
    own = [".github/workflows/status-page.yml", "--repository", tool, "--cache-dir", cache, "--expect-cache-hit",
           "--pages-url", pages]
    if not arguments.incidents:  # this repository's workflow publishes its own incidents/
        run(workflow + own + ["--event", "pull_request", "--jobs", "check"], cwd=tool)
        report = os.path.join(scratch, "own.json")
        run(workflow + own + ["--jobs", "publish,notify", "--report", report], cwd=tool)
        results.append(("status-page.yml", summary(report)))

    incidents_only = os.path.join(tool, RECIPES["incidents-only"]) + "#incidents-only"
    recipe = [incidents_only, "--repository", repository, "--tool", tool, "--server-url", github,
              "--pages-url", pages]
    run(workflow + recipe + ["--event", "pull_request", "--jobs", "check"])
    report = os.path.join(scratch, "recipe.json")
    run(workflow + recipe + ["--jobs", "publish,notify", "--report", report])
    results.append(("docs incidents-only workflow", summary(report)))

    gitlab_recipe = os.path.join(tool, RECIPES["gitlab"]) + "#gitlab"
    gitlab = [sys.executable, os.path.join(HERE, "run_gitlab_job.py"), gitlab_recipe, "--repository", repository,
              "--variable", f"STORINGEN_RELEASES={github}/OWNER/storingen/releases", "--jobs", "check,pages"]
    run(gitlab)

    print("\nsummary (job times; the Pages upload ends the critical path of a push):")
    for title, lines in results:
        print(f"  {title}: " + "; ".join(lines))
    print("ok: every CI recipe ran with the release binary " + version)
    shutil.rmtree(scratch, ignore_errors=True)
    shutil.rmtree(repository, ignore_errors=True)


if __name__ == "__main__":
    main()
