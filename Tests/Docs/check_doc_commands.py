#!/usr/bin/env python3
"""Runs the command blocks of the README and docs/, so what a reader copies works.

    check_doc_commands.py BINARY

Every fenced block whose info string is sh, bash, console or shell must carry, on one of
the two lines before its fence, one of:

- `<!-- run -->`: run here. The block runs in a fresh copy of the repository (the files
  git knows of, without .build/ and other ignored output), made a git repository with a
  bare remote `origin` as a status-page checkout is, with `storingen` on PATH being
  BINARY. A block with `$ ` lines is a transcript: each command (continued by a trailing
  `\\`) runs on its own with `bash -euo pipefail` and must exit 0, unless the next command
  is `$ echo $?`, whose shown output is the status it must exit with; the lines after a
  command are what it must print (standard output, then standard error; trailing blank
  lines ignored; `…` on a line of its own stands for any lines, inside a line for any
  text). Any other block runs as one script with `bash -euo pipefail`.
- `<!-- workflow: NAME -->`: a CI recipe that Tests/Workflow/check_workflows.py runs; its
  RECIPES must name this page for NAME. Blocks of any language with this marker count.
- `<!-- not run: REASON -->`: not run, for the reason given.

The check fails when a command block has no marker, when a marker is not one of these, or
when a run block fails. It ends with `ok: N blocks run, M run by workflow checks, K not
run (reasons…)`.
"""
import ast
import collections
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
COMMAND_LANGUAGES = {"sh", "bash", "console", "shell"}
MARKER = re.compile(r"<!--\s*(run|workflow:\s*(?P<workflow>\S+)|not run:\s*(?P<reason>.*?))\s*-->")
ANY_COMMENT = re.compile(r"<!--.*-->")
FENCE = re.compile(r"^(?P<indent> *)(?P<fence>`{3,}|~{3,})(?P<info>.*)$")
TIMEOUT = 300


class Block:
    def __init__(self, path, line, language, lines, marker):
        self.path, self.line, self.language, self.lines, self.marker = path, line, language, lines, marker

    @property
    def where(self):
        return f"{os.path.relpath(self.path, ROOT)}:{self.line}"


def blocks(path):
    """The fenced blocks of a Markdown file, with the marker comment just above each."""
    with open(path, encoding="utf-8") as handle:
        lines = handle.read().split("\n")
    found, index = [], 0
    while index < len(lines):
        opening = FENCE.match(lines[index])
        if not opening:
            index += 1
            continue
        fence, indent = opening.group("fence"), len(opening.group("indent"))
        language = (opening.group("info").strip().split() or [""])[0]
        end = index + 1
        while end < len(lines):
            closing = FENCE.match(lines[end])
            if closing and closing.group("fence")[0] == fence[0] and len(closing.group("fence")) >= len(fence) \
                    and not closing.group("info").strip():
                break
            end += 1
        body = [line[indent:] if line[:indent].strip() == "" else line for line in lines[index + 1:end]]
        marker = None
        for above in (lines[index - 1] if index >= 1 else "", lines[index - 2] if index >= 2 else ""):
            if ANY_COMMENT.search(above):
                marker = above.strip()
                break
        found.append(Block(path, index + 1, language, body, marker))
        index = end + 1
    return found


def recipes():
    """RECIPES of check_workflows.py: the marker names it runs, and the page of each."""
    source_path = os.path.join(ROOT, "Tests", "Workflow", "check_workflows.py")
    with open(source_path, encoding="utf-8") as handle:
        tree = ast.parse(handle.read())
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(target, "id", None) == "RECIPES" for target in node.targets):
            return ast.literal_eval(node.value)
    return {}


def repository_copy(scratch):
    """A copy of the repository's files, made a git repository with a bare remote."""
    copy = os.path.join(scratch, "repository")
    listed = subprocess.run(["git", "-C", ROOT, "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                            capture_output=True, check=True).stdout.decode("utf-8").split("\0")
    for relative in sorted(set(filter(None, listed))):
        source = os.path.join(ROOT, relative)
        if not os.path.isfile(source) or relative.startswith(".build"):
            continue
        target = os.path.join(copy, relative)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        shutil.copy2(source, target)
    remote = os.path.join(scratch, "origin.git")
    quiet = {"check": True, "capture_output": True}
    subprocess.run(["git", "init", "--quiet", "--bare", "--initial-branch=main", remote], **quiet)
    subprocess.run(["git", "init", "--quiet", "--initial-branch=main", copy], **quiet)
    subprocess.run(["git", "-C", copy, "add", "-A"], **quiet)
    subprocess.run(["git", "-C", copy, "commit", "--quiet", "-m", "The repository as the docs describe it"], **quiet)
    subprocess.run(["git", "-C", copy, "remote", "add", "origin", remote], **quiet)
    subprocess.run(["git", "-C", copy, "push", "--quiet", "-u", "origin", "main"], **quiet)
    return copy


def environment(binary, scratch):
    bin_dir = os.path.join(scratch, "bin")
    os.makedirs(bin_dir)
    os.symlink(binary, os.path.join(bin_dir, "storingen"))
    env = {key: value for key, value in os.environ.items()
           if key not in ("GITHUB_ACTIONS", "SOURCE_DATE_EPOCH") and not key.startswith("GIT_")}
    env.update(PATH=bin_dir + os.pathsep + env.get("PATH", "/usr/bin:/bin"), HOME=scratch,
               GIT_AUTHOR_NAME="docs", GIT_AUTHOR_EMAIL="docs@example.invalid",
               GIT_COMMITTER_NAME="docs", GIT_COMMITTER_EMAIL="docs@example.invalid",
               GIT_CONFIG_NOSYSTEM="1")
    return env


def transcript(lines):
    """[(command, expected output lines)] of a block of `$ ` lines."""
    steps, index = [], 0
    while index < len(lines):
        line = lines[index]
        if not line.startswith("$ "):
            if line.strip():
                raise ValueError(f"line {index + 1} comes before any `$ ` command")
            index += 1
            continue
        command = [line[2:]]
        while command[-1].endswith("\\") and index + 1 < len(lines):
            index += 1
            command.append(lines[index])
        index += 1
        expected = []
        while index < len(lines) and not lines[index].startswith("$ "):
            expected.append(lines[index].rstrip())
            index += 1
        while expected and not expected[-1]:
            expected.pop()
        steps.append(("\n".join(command), expected))
    return steps


def matches(expected, actual):
    if not expected:
        return not actual
    head = expected[0]
    if head.strip() == "…":
        return any(matches(expected[1:], actual[start:]) for start in range(len(actual) + 1))
    if not actual:
        return False
    pattern = ".*".join(re.escape(part) for part in head.split("…"))
    return re.fullmatch(pattern, actual[0]) is not None and matches(expected[1:], actual[1:])


def run(command, cwd, env):
    return subprocess.run(["bash", "-euo", "pipefail", "-c", command], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=TIMEOUT)


def run_block(block, binary):
    """None when the block ran as it says, else what went wrong."""
    scratch = tempfile.mkdtemp(prefix="doc-commands-")
    try:
        cwd, env = repository_copy(scratch), environment(binary, scratch)
        if not any(line.startswith("$ ") for line in block.lines):
            result = run("\n".join(block.lines) + "\n", cwd, env)
            if result.returncode != 0:
                return f"exited {result.returncode}\n{result.stdout}{result.stderr}"
            return None
        try:
            steps = transcript(block.lines)
        except ValueError as error:
            return str(error)
        previous = None
        for position, (command, expected) in enumerate(steps):
            if command.strip() == "echo $?":
                if previous is None or [str(previous)] != expected:
                    return f"`echo $?` shows {expected}, the command before it exited {previous}"
                previous = 0
                continue
            result = run(command, cwd, env)
            previous = result.returncode
            checked_later = position + 1 < len(steps) and steps[position + 1][0].strip() == "echo $?"
            actual = (result.stdout + result.stderr).split("\n")
            actual = [line.rstrip() for line in actual]
            while actual and not actual[-1]:
                actual.pop()
            if result.returncode != 0 and not checked_later:
                return f"$ {command}\nexited {result.returncode}:\n" + "\n".join(actual)
            if not matches(expected, actual):
                return (f"$ {command}\nprinted:\n" + "\n".join(actual)
                        + "\nbut the block shows:\n" + "\n".join(expected))
        return None
    except subprocess.TimeoutExpired:
        return f"did not finish within {TIMEOUT} s"
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    binary = os.path.abspath(sys.argv[1])
    if not (os.path.isfile(binary) and os.access(binary, os.X_OK)):
        print(f"FAIL: {sys.argv[1]} is not an executable storingen", file=sys.stderr)
        sys.exit(2)
    pages = [os.path.join(ROOT, "README.md")] + sorted(glob.glob(os.path.join(ROOT, "docs", "*.md")))
    known_recipes = recipes()
    problems, ran, by_workflow, reasons = [], 0, 0, collections.Counter()
    for page in pages:
        relative = os.path.relpath(page, ROOT)
        for block in blocks(page):
            marker = MARKER.fullmatch(block.marker) if block.marker else None
            is_command = block.language in COMMAND_LANGUAGES
            if marker and marker.group("workflow"):
                name = marker.group("workflow")
                if known_recipes.get(name) != relative:
                    problems.append(f"{block.where}: check_workflows.py does not run the recipe `{name}` of "
                                    f"{relative} (its RECIPES: {known_recipes})")
                else:
                    by_workflow += 1
                continue
            if not is_command:
                if marker and marker.group(1) == "run":
                    problems.append(f"{block.where}: `<!-- run -->` before a ```{block.language} block, which is "
                                    f"not a command block")
                continue
            if not marker:
                problems.append(f"{block.where}: a ```{block.language} block without `<!-- run -->`, "
                                f"`<!-- workflow: NAME -->` or `<!-- not run: REASON -->` on the two lines above it"
                                + (f" (found {block.marker})" if block.marker else ""))
                continue
            if marker.group("reason") is not None:
                if not marker.group("reason").strip():
                    problems.append(f"{block.where}: `<!-- not run: -->` needs a reason")
                reasons[marker.group("reason").strip()] += 1
                continue
            print(f"run: {block.where}", flush=True)
            failure = run_block(block, binary)
            if failure:
                problems.append(f"{block.where}: " + failure)
            else:
                ran += 1
    for name, page in known_recipes.items():
        if not any(f"<!-- workflow: {name} -->" in line for line in open(os.path.join(ROOT, page), encoding="utf-8")):
            problems.append(f"check_workflows.py runs the recipe `{name}`, which {page} does not mark")
    if problems:
        for problem in problems:
            print("FAIL: " + problem, file=sys.stderr)
        sys.exit(1)
    not_run = sum(reasons.values())
    listed = "; ".join(f"{reason}" + (f" ×{count}" if count > 1 else "") for reason, count in reasons.items())
    print(f"ok: {ran} blocks run, {by_workflow} run by workflow checks, {not_run} not run ({listed})")


if __name__ == "__main__":
    main()
