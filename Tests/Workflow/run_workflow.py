#!/usr/bin/env python3
"""Runs a GitHub Actions workflow's `run:` steps the way GitHub would, on this machine.

    run_workflow.py WORKFLOW.yml --repository DIR [--jobs check,build] [--tool DIR]
    run_workflow.py README.md#NAME --repository DIR ...   (the ```yaml block after
                                                          `<!-- workflow: NAME -->`)

Each job starts in a fresh clone of --repository at the same workspace path (as on
GitHub, where every job gets a new checkout), with GITHUB_ACTIONS=true and the
workflow's `env:`. `run:` steps run in bash with `-eo pipefail`, in order; a failing
step fails the run. `uses:` steps are skipped, except the two whose effect later steps
depend on:
- `actions/checkout` with a `path:` clones --tool (the storingen repository) there;
- `actions/cache` restores its `path:` from what the previous job saved at the end.
- `actions/upload-artifact` and `actions/download-artifact` hand a folder from one job
  to a later one.
The step that runs the project's own test suite (`bash .ci/run`, `make test`) is
skipped, since this script is part of that suite. `container:` is ignored: this
machine stands in for the container. Expressions in a step's `env:` (step outputs,
secrets) are empty here, as they are for a fork; a `run:` with an expression is refused.

After the jobs, the folder named by the `upload-pages-artifact` step's `path:` must
hold a site (index.html, 404.html, api/v2/summary.json).
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

import yaml

TEST_SUITE_COMMANDS = ("bash .ci/run", "make test")
EXPRESSION = re.compile(r"\$\{\{[^}]*\}\}")


def fail(message):
    print("FAIL: " + message, file=sys.stderr)
    sys.exit(1)


def clone(source, destination):
    subprocess.run(["git", "clone", "--quiet", source, destination], check=True)


def run_job(name, job, workflow_env, repository, tool, workspace, cache):
    print(f"== job {name}", flush=True)
    if os.path.exists(workspace):
        shutil.rmtree(workspace)
    clone(repository, workspace)
    environment = dict(os.environ)
    environment.update({key: str(value) for key, value in (workflow_env or {}).items()})
    environment.update({key: str(value) for key, value in (job.get("env") or {}).items()})
    environment.update({"GITHUB_ACTIONS": "true", "CI": "true", "GITHUB_WORKSPACE": workspace})
    cached = []
    upload = None
    for number, step in enumerate(job.get("steps", []), start=1):
        label = step.get("name") or step.get("uses") or step.get("run", "").splitlines()[0]
        uses = step.get("uses", "")
        options = step.get("with") or {}
        if uses.startswith("actions/checkout"):
            if "path" in options:
                target = os.path.join(workspace, options["path"])
                print(f"-- {label}: clone {tool} into {options['path']}", flush=True)
                clone(tool, target)
            continue
        if uses.startswith("actions/cache"):
            path = options["path"]
            saved = cache.get(path)
            if saved and os.path.exists(saved):
                print(f"-- {label}: restore {path}", flush=True)
                shutil.move(saved, os.path.join(workspace, path))
            cached.append(path)
            continue
        if uses.startswith("actions/upload-pages-artifact"):
            upload = options.get("path")
            continue
        if uses.startswith("actions/upload-artifact"):
            source = os.path.join(workspace, options["path"])
            store = os.path.join(os.path.dirname(workspace), "artifacts", options["name"])
            print(f"-- {label}: keep {options['path']} as artifact {options['name']}", flush=True)
            shutil.rmtree(store, ignore_errors=True)
            shutil.copytree(source, store, symlinks=True)
            continue
        if uses.startswith("actions/download-artifact"):
            store = os.path.join(os.path.dirname(workspace), "artifacts", options["name"])
            if not os.path.isdir(store):
                fail(f"job {name}: no artifact {options['name']!r} was uploaded before")
            print(f"-- {label}: restore artifact {options['name']} into {options['path']}", flush=True)
            shutil.copytree(store, os.path.join(workspace, options["path"]), symlinks=True, dirs_exist_ok=True)
            continue
        if uses:
            print(f"-- {label}: skipped ({uses})", flush=True)
            continue
        command = step["run"]
        if command.strip() in TEST_SUITE_COMMANDS:
            print(f"-- {label}: skipped (the test suite runs this script)", flush=True)
            continue
        if "${{" in command:
            fail(f"job {name}, step {number} ({label}): a run step with an expression cannot be run here: {command!r}")
        step_environment = dict(environment)
        # Expressions in env: (step outputs, secrets) have no value here, as on a fork.
        step_environment.update({key: EXPRESSION.sub("", str(value)) for key, value in (step.get("env") or {}).items()})
        directory = os.path.join(workspace, step.get("working-directory", "."))
        print(f"-- {label}\n$ {command.strip()}", flush=True)
        started = time.monotonic()
        result = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", command],
                                cwd=directory, env=step_environment)
        if result.returncode != 0:
            fail(f"job {name}, step {number} ({label}) exited {result.returncode}")
        print(f"   ok in {time.monotonic() - started:.1f} s", flush=True)
    for path in cached:
        source = os.path.join(workspace, path)
        if os.path.exists(source):
            store = os.path.join(os.path.dirname(workspace), "cache", path.replace("/", "_"))
            os.makedirs(os.path.dirname(store), exist_ok=True)
            if os.path.exists(store):
                shutil.rmtree(store)
            cache[path] = store
            shutil.move(source, cache[path])
    return upload


def check_site(site, upload):
    """What the Pages artifact must hold: a site in both languages with its API."""
    for required in ("index.html", "404.html", "api/v2/summary.json", "en/index.html"):
        if not os.path.isfile(os.path.join(site, required)):
            fail(f"the uploaded folder {upload} lacks {required}")
    pages = sum(1 for _, _, files in os.walk(site) for file in files if file.endswith(".html"))
    return f"{upload} holds {pages} pages"


def read_workflow(source):
    """The workflow's text: a file, or a README's block marked `<!-- workflow: NAME -->`."""
    path, _, block = source.partition("#")
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    if not block:
        return text
    match = re.search(r"<!-- workflow: " + re.escape(block) + r" -->\s*```ya?ml\n(.*?)\n```", text, re.S)
    if not match:
        fail(f"{path} has no ```yaml block after <!-- workflow: {block} -->")
    return match.group(1)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("workflow")
    parser.add_argument("--repository", required=True, help="the repository the workflow lives in (cloned per job)")
    parser.add_argument("--tool", default=None, help="the storingen repository, for checkouts with a path")
    parser.add_argument("--jobs", default="check,build")
    parser.add_argument("--workspace", default=None)
    arguments = parser.parse_args()

    workflow = yaml.safe_load(read_workflow(arguments.workflow))
    jobs = workflow.get("jobs") or {}
    workspace = arguments.workspace or os.path.join(tempfile.mkdtemp(prefix="workflow-"), "workspace")
    tool = os.path.abspath(arguments.tool or arguments.repository)
    cache = {}
    checked = None
    for name in arguments.jobs.split(","):
        if name not in jobs:
            fail(f"the workflow has no job {name!r}; jobs: {', '.join(jobs)}")
        upload = run_job(name, jobs[name], workflow.get("env"), os.path.abspath(arguments.repository), tool, workspace, cache)
        if upload:
            # Checked now: the next job starts in a fresh clone.
            checked = check_site(os.path.join(workspace, upload), upload)
    if checked is None:
        fail("no actions/upload-pages-artifact step names the site's path")
    print(f"ok: {arguments.workflow}: jobs {arguments.jobs} ran every run: step; {checked}")
    shutil.rmtree(os.path.dirname(workspace), ignore_errors=True)


if __name__ == "__main__":
    main()
