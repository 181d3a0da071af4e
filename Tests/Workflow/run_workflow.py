#!/usr/bin/env python3
"""Runs a GitHub Actions workflow's jobs the way GitHub would, on this machine.

    run_workflow.py WORKFLOW.yml --repository DIR [--jobs publish,notify] [--tool DIR]
    run_workflow.py docs/PAGE.md#NAME --repository DIR ... (the ```yaml block after
                                                          `<!-- workflow: NAME -->`)

Each job starts with an empty workspace at the same path; `actions/checkout` clones
--repository into it (as on GitHub, where every job gets a new checkout), or --tool
where it names a `path:`. Steps see GITHUB_ACTIONS=true, the workflow's and job's
`env:`, the usual GITHUB_* and RUNNER_* variables, and what earlier steps wrote to
GITHUB_PATH, GITHUB_ENV and GITHUB_OUTPUT. `if:` and `${{ }}` in `with:`, `env:` and
outputs are evaluated (expressions.py) for the event given with --event (a push to main
by default); secrets are empty, as on a fork. `run:` steps run in bash as GitHub runs
them; a failing step fails the run, and a `run:` that holds an expression is refused.

`uses:` steps:
- the repository's own action (`uses: ./`) and `OWNER/storingen@REF` (the --tool
  repository) run their composite `runs.steps`, with the action's inputs and
  GITHUB_ACTION_PATH; `github.server_url` is --server-url, so a local server can stand
  in for github.com's release downloads;
- `actions/cache` restores its path from --cache-dir by key, and saves it at the end of
  the job on a miss (--expect-cache-hit makes a miss an error);
- `actions/upload-artifact`, `actions/download-artifact` hand a folder to a later job;
  `actions/upload-pages-artifact` names the site, which must hold index.html, 404.html,
  en/index.html and api/v2/summary.json;
- `actions/configure-pages` answers base_url from --pages-url (empty by default, as
  before the first deploy); any other action is skipped.
The step that runs the project's own test suite (`bash .ci/run`, `make test`) is
refused: the publishing workflow must never wait for it.

It prints every step's time, and per job the time from its start to the end of the
`upload-pages-artifact` step (the critical path of a push) when it has one.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

import yaml

from expressions import EXPRESSION, evaluate, substitute

TEST_SUITE_COMMANDS = ("bash .ci/run", "make test")
TOOL_ACTION = re.compile(r"^[A-Za-z0-9_.-]+/storingen@.+$")


class WorkflowFailure(Exception):
    """A step failed, or the workflow asks for something this runner refuses."""


def clone(source, destination):
    subprocess.run(["git", "clone", "--quiet", source, destination], check=True)


def read_workflow(source):
    """The workflow's text: a file, or a Markdown page's block marked `<!-- workflow: NAME -->`."""
    path, _, block = source.partition("#")
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    if not block:
        return text
    match = re.search(r"<!-- workflow: " + re.escape(block) + r" -->\s*```ya?ml\n(.*?)\n```", text, re.S)
    if not match:
        raise WorkflowFailure(f"{path} has no ```yaml block after <!-- workflow: {block} -->")
    return match.group(1)


def read_outputs(path):
    """GITHUB_OUTPUT and GITHUB_ENV files: `name=value` lines and `name<<EOF` blocks."""
    values = {}
    if not os.path.exists(path):
        return values
    with open(path, encoding="utf-8") as handle:
        lines = handle.read().splitlines()
    index = 0
    while index < len(lines):
        line = lines[index]
        if "<<" in line and ("=" not in line or line.index("<<") < line.index("=")):
            name, delimiter = line.split("<<", 1)
            end = lines.index(delimiter, index + 1)
            values[name] = "\n".join(lines[index + 1:end])
            index = end + 1
            continue
        if "=" in line:
            name, value = line.split("=", 1)
            values[name] = value
        index += 1
    return values


def check_site(site, upload):
    """What the Pages artifact must hold: a site in both languages with its API."""
    for required in ("index.html", "404.html", "api/v2/summary.json", "en/index.html"):
        if not os.path.isfile(os.path.join(site, required)):
            raise WorkflowFailure(f"the uploaded folder {upload} lacks {required}")
    pages = sum(1 for _, _, files in os.walk(site) for file in files if file.endswith(".html"))
    return f"{upload} holds {pages} pages"


class Job:
    """One job's state: its workspace, environment, PATH additions and step results."""

    def __init__(self, name, runner):
        self.name = name
        self.runner = runner
        self.workspace = runner.workspace
        self.temp = tempfile.mkdtemp(prefix="runner-temp-", dir=runner.scratch)
        self.paths = []
        self.base_env = {}
        self.env = {}
        self.cache_misses = []
        self.started = time.monotonic()
        self.timings = []
        self.critical_path = None
        self.site = None


class Runner:
    def __init__(self, arguments):
        self.repository = os.path.abspath(arguments.repository)
        self.tool = os.path.abspath(arguments.tool or arguments.repository)
        self.event = arguments.event
        self.server_url = arguments.server_url
        self.pages_url = arguments.pages_url
        self.cache_dir = arguments.cache_dir
        self.expect_cache_hit = arguments.expect_cache_hit
        self.scratch = tempfile.mkdtemp(prefix="workflow-")
        self.workspace = arguments.workspace or os.path.join(self.scratch, "workspace")
        self.artifacts = os.path.join(self.scratch, "artifacts")
        if not self.cache_dir:
            self.cache_dir = os.path.join(self.scratch, "cache")
        # A storingen already installed on this machine must not stand in for the one
        # the workflow installs.
        self.base_path = os.pathsep.join(
            folder for folder in os.environ.get("PATH", "").split(os.pathsep)
            if not os.path.exists(os.path.join(folder, "storingen")))
        self.jobs = []

    # Contexts and environment

    def github(self, action_repository=""):
        ref = "refs/pull/1/merge" if self.event == "pull_request" else "refs/heads/main"
        return {"event_name": self.event, "ref": ref, "ref_name": ref.rsplit("/", 1)[-1],
                "repository": "OWNER/status-page", "server_url": self.server_url,
                "workspace": self.workspace, "action_repository": action_repository, "token": ""}

    def contexts(self, job, env, steps, inputs=None, action_repository=""):
        return {"github": self.github(action_repository), "env": env, "steps": steps,
                "inputs": inputs or {}, "secrets": {}, "vars": {}, "matrix": {},
                "runner": {"os": "Linux", "arch": "X64" if os.uname().machine == "x86_64" else "ARM64",
                           "temp": job.temp}}

    def environment(self, job, base_env, step_env, contexts, action_path=None):
        github = contexts["github"]
        environment = dict(os.environ)
        environment.update(base_env)
        environment.update(job.env)
        environment.update({key: substitute(value, contexts) for key, value in (step_env or {}).items()})
        environment.update({
            "GITHUB_ACTIONS": "true", "CI": "true", "GITHUB_WORKSPACE": self.workspace,
            "GITHUB_SERVER_URL": self.server_url, "GITHUB_REPOSITORY": github["repository"],
            "GITHUB_REF": github["ref"], "GITHUB_REF_NAME": github["ref_name"], "GITHUB_EVENT_NAME": self.event,
            "RUNNER_OS": "Linux", "RUNNER_ARCH": contexts["runner"]["arch"], "RUNNER_TEMP": job.temp,
            "PATH": os.pathsep.join(list(reversed(job.paths)) + [self.base_path]),
        })
        if action_path:
            environment["GITHUB_ACTION_PATH"] = action_path
        return environment

    # Steps

    def run_command(self, job, label, step, base_env, contexts, action_path=None):
        command = step["run"]
        if command.strip() in TEST_SUITE_COMMANDS:
            raise WorkflowFailure(f"job {job.name}, step {label}: publishing must not run the test suite ({command.strip()})")
        if EXPRESSION.search(command):
            raise WorkflowFailure(f"job {job.name}, step {label}: a run step with an expression cannot be run here: {command!r}")
        environment = self.environment(job, base_env, step.get("env"), contexts, action_path)
        files = {}
        for name in ("GITHUB_OUTPUT", "GITHUB_ENV", "GITHUB_PATH"):
            files[name] = os.path.join(job.temp, f"{name.lower()}-{time.monotonic_ns()}")
            open(files[name], "w").close()
            environment[name] = files[name]
        shell = step.get("shell")
        arguments = ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", command] if shell == "bash" \
            else ["bash", "-e", "-c", command]
        if shell not in (None, "bash"):
            raise WorkflowFailure(f"job {job.name}, step {label}: shell {shell!r} is not supported here")
        directory = os.path.join(self.workspace, step.get("working-directory", "."))
        print(f"$ {command.strip()}", flush=True)
        result = subprocess.run(arguments, cwd=directory, env=environment)
        if result.returncode != 0:
            raise WorkflowFailure(f"job {job.name}, step {label} exited {result.returncode}")
        job.env.update(read_outputs(files["GITHUB_ENV"]))
        with open(files["GITHUB_PATH"], encoding="utf-8") as handle:
            job.paths.extend(line.strip() for line in handle if line.strip())
        return read_outputs(files["GITHUB_OUTPUT"])

    def cache_restore(self, job, options, contexts):
        key = substitute(options["key"], contexts)
        path = substitute(options["path"], contexts).strip()
        if not key:
            raise WorkflowFailure(f"job {job.name}: actions/cache without a key")
        target = os.path.join(self.workspace, path)
        entry = os.path.join(self.cache_dir, key)
        if os.path.isdir(entry):
            shutil.copytree(entry, target, symlinks=True, dirs_exist_ok=True)
            print(f"   cache hit: {key} → {path}", flush=True)
            return {"cache-hit": "true"}
        if self.expect_cache_hit:
            raise WorkflowFailure(f"job {job.name}: no cache entry {key} (--expect-cache-hit)")
        print(f"   cache miss: {key}", flush=True)
        job.cache_misses.append((key, target))
        return {"cache-hit": "false"}

    def known_action(self, job, uses, options, contexts):
        """The effect of the few actions later steps depend on; None for other actions."""
        if uses.startswith("actions/checkout"):
            if "path" in options:
                clone(self.tool, os.path.join(self.workspace, options["path"]))
            else:
                clone(self.repository, self.workspace)
            return {}
        if uses.startswith("actions/cache"):
            return self.cache_restore(job, options, contexts)
        if uses.startswith("actions/configure-pages"):
            return {"base_url": self.pages_url, "base_path": ""}
        if uses.startswith("actions/upload-pages-artifact"):
            path = options.get("path", "_site")
            job.site = check_site(os.path.join(self.workspace, path), path)
            job.critical_path = time.monotonic() - job.started
            return {}
        if uses.startswith("actions/upload-artifact"):
            store = os.path.join(self.artifacts, options["name"])
            shutil.rmtree(store, ignore_errors=True)
            shutil.copytree(os.path.join(self.workspace, options["path"]), store, symlinks=True)
            return {}
        if uses.startswith("actions/download-artifact"):
            store = os.path.join(self.artifacts, options["name"])
            if not os.path.isdir(store):
                raise WorkflowFailure(f"job {job.name}: no artifact {options['name']!r} was uploaded before")
            shutil.copytree(store, os.path.join(self.workspace, options["path"]), symlinks=True, dirs_exist_ok=True)
            return {}
        return None

    def composite_action(self, uses):
        """(action.yml folder, action repository) of the project's own action, else None."""
        if uses == "./":
            return self.workspace, ""
        if TOOL_ACTION.match(uses):
            folder = os.path.join(self.scratch, "actions", uses.split("@", 1)[0].replace("/", "_"))
            if not os.path.isdir(folder):
                clone(self.tool, folder)
            return folder, uses.split("@", 1)[0]
        return None

    def run_composite(self, job, label, folder, action_repository, options, contexts):
        with open(os.path.join(folder, "action.yml"), encoding="utf-8") as handle:
            action = yaml.safe_load(handle)
        runs = action.get("runs") or {}
        if runs.get("using") != "composite":
            raise WorkflowFailure(f"{folder}/action.yml is not a composite action")
        declared = action.get("inputs") or {}
        unknown = set(options) - set(declared)
        if unknown:
            raise WorkflowFailure(f"job {job.name}, step {label}: the action has no input {sorted(unknown)}")
        inputs = {name: substitute(options[name], contexts) if name in options else str(spec.get("default", ""))
                  for name, spec in declared.items()}
        steps = self.run_steps(job, runs.get("steps") or [], job.base_env, inputs=inputs,
                               action_path=folder, action_repository=action_repository, prefix=label + " › ")
        inner = self.contexts(job, {}, steps, inputs, action_repository)
        return {name: substitute(spec.get("value", ""), inner) for name, spec in (action.get("outputs") or {}).items()}

    def run_steps(self, job, steps, base_env, inputs=None, action_path=None, action_repository="", prefix=""):
        results = {}
        for number, step in enumerate(steps, start=1):
            uses = step.get("uses", "")
            label = prefix + (step.get("name") or uses or step.get("run", "").strip().splitlines()[0])
            env = dict(base_env)
            env.update(job.env)
            contexts = self.contexts(job, env, results, inputs, action_repository)
            if "if" in step and not evaluate(step["if"], contexts):
                if step.get("id"):
                    results[step["id"]] = {"outputs": {}, "outcome": "skipped", "conclusion": "skipped"}
                continue
            print(f"-- {label}", flush=True)
            started = time.monotonic()
            options = {key: substitute(value, contexts) for key, value in (step.get("with") or {}).items()}
            if uses:
                outputs = self.known_action(job, uses, options, contexts)
                if outputs is None:
                    action = self.composite_action(uses)
                    if action is not None:
                        outputs = self.run_composite(job, label, action[0], action[1], step.get("with") or {}, contexts)
                    else:
                        print(f"   skipped ({uses})", flush=True)
                        outputs = {}
            else:
                outputs = self.run_command(job, label, step, base_env, contexts, action_path)
            elapsed = time.monotonic() - started
            job.timings.append((label, elapsed))
            print(f"   ok in {elapsed:.1f} s", flush=True)
            if step.get("id"):
                results[step["id"]] = {"outputs": outputs, "outcome": "success", "conclusion": "success"}
        return results

    # Jobs

    def run_job(self, name, job, workflow_env):
        state = Job(name, self)
        contexts = self.contexts(state, {}, {})
        if "if" in job and not evaluate(job["if"], contexts):
            raise WorkflowFailure(f"job {name} does not run on this {self.event} event (its if: is false)")
        print(f"== job {name}", flush=True)
        if os.path.exists(self.workspace):
            shutil.rmtree(self.workspace)
        os.makedirs(self.workspace)
        state.base_env = {key: substitute(value, contexts) for key, value in (workflow_env or {}).items()}
        state.base_env.update({key: substitute(value, contexts) for key, value in (job.get("env") or {}).items()})
        self.run_steps(state, job.get("steps") or [], state.base_env)
        for key, target in state.cache_misses:
            if os.path.exists(target):
                shutil.copytree(target, os.path.join(self.cache_dir, key), symlinks=True, dirs_exist_ok=True)
        state.total = time.monotonic() - state.started
        self.jobs.append(state)
        return state

    def report(self, title):
        print(f"\nstep times of {title} (event: {self.event}):")
        for job in self.jobs:
            for label, seconds in job.timings:
                print(f"  {job.name:10} {seconds:6.1f} s  {label}")
            line = f"  {job.name:10} {job.total:6.1f} s  job total"
            if job.critical_path is not None:
                line += f"; {job.critical_path:.1f} s from the job's start to the Pages upload"
            print(line)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("workflow")
    parser.add_argument("--repository", required=True, help="the repository the workflow lives in (cloned per job)")
    parser.add_argument("--tool", default=None, help="the storingen repository: OWNER/storingen@REF and checkouts with a path")
    parser.add_argument("--jobs", default="publish")
    parser.add_argument("--event", default="push", help="push (to main), schedule or pull_request")
    parser.add_argument("--server-url", default="https://github.com", help="github.server_url, where releases are downloaded")
    parser.add_argument("--pages-url", default="", help="what actions/configure-pages answers as base_url")
    parser.add_argument("--cache-dir", default=None, help="actions/cache entries, one folder per key")
    parser.add_argument("--expect-cache-hit", action="store_true", help="a cache miss is an error")
    parser.add_argument("--workspace", default=None)
    parser.add_argument("--report", default=None, help="write the jobs' step times here as JSON")
    arguments = parser.parse_args()

    runner = Runner(arguments)
    try:
        workflow = yaml.safe_load(read_workflow(arguments.workflow))
        jobs = workflow.get("jobs") or {}
        for name in arguments.jobs.split(","):
            if name not in jobs:
                raise WorkflowFailure(f"the workflow has no job {name!r}; jobs: {', '.join(jobs)}")
            runner.run_job(name, jobs[name], workflow.get("env"))
    except WorkflowFailure as failure:
        print("FAIL: " + str(failure), file=sys.stderr)
        sys.exit(1)
    runner.report(arguments.workflow)
    if arguments.report:
        with open(arguments.report, "w", encoding="utf-8") as handle:
            json.dump([{"name": job.name, "total": job.total, "criticalPath": job.critical_path,
                        "steps": [{"step": label, "seconds": seconds} for label, seconds in job.timings]}
                       for job in runner.jobs], handle, indent=1)
    sites = [job.site for job in runner.jobs if job.site]
    print(f"ok: {arguments.workflow}: jobs {arguments.jobs} ran every step" + (f"; {sites[-1]}" if sites else ""))
    shutil.rmtree(runner.scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
