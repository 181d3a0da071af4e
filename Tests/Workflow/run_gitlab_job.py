#!/usr/bin/env python3
"""Runs GitLab CI jobs' `before_script:` and `script:` lines the way a GitLab runner's
shell executor would, on this machine.

    run_gitlab_job.py .gitlab-ci.yml --repository DIR [--jobs pages] [--variable NAME=VALUE]
    run_gitlab_job.py docs/PAGE.md#NAME --repository DIR ... (the ```yaml block after
                                                           `<!-- workflow: NAME -->`)

Each job runs in a fresh clone of --repository (CI_PROJECT_DIR) as one bash session
(`set -eo pipefail`: a failing line fails the job), with the file's `variables:`, the
job's, the usual CI_* variables of a push to the default branch, and --variable last,
as a project's CI/CD settings override a file's variables. `image:` is ignored: this
machine stands in for it. Each line's time is printed. A job whose `artifacts:` name
`public` (GitLab Pages) must leave a site there (index.html, 404.html, en/index.html,
api/v2/summary.json).
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

import yaml

from run_workflow import WorkflowFailure, check_site, clone, read_workflow

RESERVED = {"variables", "default", "stages", "include", "workflow", "image", "before_script", "after_script", "cache"}


def job_lines(configuration, job):
    default = configuration.get("default") or {}
    before = job.get("before_script", default.get("before_script", configuration.get("before_script", [])))
    return [str(line) for line in (before or []) + (job.get("script") or [])]


def timed_script(lines, timing):
    """One bash script that writes the time before each line and at the end."""
    mark = 'printf "%s %s\\n" {index} "$(date +%s.%N)" >> ' + f"'{timing}'"
    parts = ["set -eo pipefail"]
    for index, line in enumerate(lines):
        parts += [mark.format(index=index), line]
    parts.append(mark.format(index=len(lines)))
    return "\n".join(parts) + "\n"


def run_job(name, configuration, repository, overrides, scratch):
    job = configuration[name]
    workspace = os.path.join(scratch, "builds", "status-page")
    shutil.rmtree(workspace, ignore_errors=True)
    print(f"== job {name}", flush=True)
    started = time.monotonic()
    clone(repository, workspace)
    cloned = time.monotonic() - started
    environment = dict(os.environ)
    environment.update({
        "CI": "true", "GITLAB_CI": "true", "CI_PROJECT_DIR": workspace, "CI_BUILDS_DIR": os.path.dirname(workspace),
        "CI_COMMIT_BRANCH": "main", "CI_DEFAULT_BRANCH": "main", "CI_PIPELINE_SOURCE": "push", "CI_JOB_NAME": name,
    })
    for source in (configuration.get("variables") or {}, job.get("variables") or {}, overrides):
        for key, value in source.items():
            environment[key] = str(value["value"] if isinstance(value, dict) else value)
    lines = job_lines(configuration, job)
    timing = os.path.join(scratch, f"timing-{name}")
    script = os.path.join(scratch, f"script-{name}.sh")
    with open(script, "w", encoding="utf-8") as handle:
        handle.write(timed_script(lines, timing))
    result = subprocess.run(["bash", "--noprofile", "--norc", script], cwd=workspace, env=environment)
    marks = {}
    if os.path.exists(timing):
        with open(timing, encoding="utf-8") as handle:
            for entry in handle:
                index, moment = entry.split()
                marks[int(index)] = float(moment)
    print(f"\nline times of job {name}:")
    print(f"  {cloned:6.1f} s  git clone (the runner's checkout)")
    for index, line in enumerate(lines):
        if index + 1 in marks:
            print(f"  {marks[index + 1] - marks[index]:6.1f} s  {line}")
    if result.returncode != 0:
        failed = max(marks) if marks else 0
        raise WorkflowFailure(f"job {name}: `{lines[failed] if failed < len(lines) else '?'}` exited {result.returncode}")
    total = time.monotonic() - started
    print(f"  {total:6.1f} s  job total")
    paths = (job.get("artifacts") or {}).get("paths") or []
    for path in paths:
        if not os.path.exists(os.path.join(workspace, path)):
            raise WorkflowFailure(f"job {name}: the artifact path {path} was not made")
    return check_site(os.path.join(workspace, "public"), "public") if "public" in paths else None


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("configuration")
    parser.add_argument("--repository", required=True)
    parser.add_argument("--jobs", default="pages")
    parser.add_argument("--variable", action="append", default=[], help="NAME=VALUE, as set in the project's CI/CD settings")
    arguments = parser.parse_args()
    overrides = dict(item.split("=", 1) for item in arguments.variable)
    scratch = tempfile.mkdtemp(prefix="gitlab-ci-")
    try:
        configuration = yaml.safe_load(read_workflow(arguments.configuration))
        sites = []
        for name in arguments.jobs.split(","):
            if name in RESERVED or not isinstance(configuration.get(name), dict):
                raise WorkflowFailure(f"{arguments.configuration} has no job {name!r}")
            sites.append(run_job(name, configuration, os.path.abspath(arguments.repository), overrides, scratch))
    except WorkflowFailure as failure:
        print("FAIL: " + str(failure), file=sys.stderr)
        sys.exit(1)
    site = next((site for site in sites if site), None)
    print(f"ok: {arguments.configuration}: jobs {arguments.jobs} ran every line" + (f"; {site}" if site else ""))
    shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
