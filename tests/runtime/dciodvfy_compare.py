"""dicomodel validate against dciodvfy on pydicom's test corpus: who names which 1C/2C.

For every corpus file that dciodvfy checks against an IOD it knows and that
dicomodel reads, each ``Missing attribute Type 1C/2C Conditional Element=<K>``
of dciodvfy is looked up among dicomodel's findings: an error or an undecided
finding whose path ends in ``K`` (at top level or in a sequence item; dciodvfy
names the module or macro, not the item path). The reverse is listed too:
dicomodel's ``condition`` errors that dciodvfy does not report missing or empty.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.runtime import dciodvfy
from tests.runtime.dciodvfy import Kind, Verdict

__all__ = [
    "KNOWN_DIFFERENCES",
    "Comparison",
    "Corpus",
    "Figures",
    "compare_corpus",
    "corpus_files",
]

REPO_ROOT = Path(__file__).resolve().parents[2]
ITEM_INDEX = re.compile(r"\[\d+\]$")
NOT_ALNUM = re.compile(r"[^0-9a-z]")
VALIDATE = (sys.executable, "-W", "ignore", "-m", "dicomodel.cli", "validate")

KNOWN_DIFFERENCES: dict[tuple[str, str], str] = {}
"""(dciodvfy's IOD, keyword) -> why dicomodel does not name the attribute, with the
standard's text. Kept short: every entry is a difference the standard decides."""


def corpus_root() -> Path:
    """pydicom's ``test_files`` folder."""
    import pydicom.data

    return Path(pydicom.data.__file__).parent / "test_files"


def corpus_files() -> list[Path]:
    """Every file of the corpus, subfolders included, sorted."""
    return sorted(path for path in corpus_root().rglob("*") if path.is_file())


def keyword_of(path: str) -> str:
    """``ReferencedImageSequence[0].ReferencedSOPClassUID`` -> ``ReferencedSOPClassUID``."""
    return ITEM_INDEX.sub("", path.rsplit(".", 1)[-1])


def folded(name: str) -> str:
    """``Frame of Reference`` and dciodvfy's ``FrameOfReference`` -> ``frameofreference``."""
    return NOT_ALNUM.sub("", name.casefold())


@dataclass(slots=True)
class Comparison:
    """One file, as both tools saw it."""

    file: str
    iod: str
    verdict: Verdict
    findings: list[dict[str, str]]
    named: dict[str, str] = field(default_factory=dict)
    """dciodvfy's 1C/2C keyword -> ``error``, ``undecided``, ``module`` (dicomodel reports
    the whole module absent, as an error), ``known`` or ``missed``."""
    dicomodel_only: list[dict[str, str]] = field(default_factory=list)
    """dicomodel's ``condition`` errors with no dciodvfy missing/empty message."""

    def judge(self) -> None:
        """Fill :attr:`named` and :attr:`dicomodel_only`."""
        by_keyword: dict[str, set[str]] = {}
        absent_modules: set[str] = set()
        for finding in self.findings:
            by_keyword.setdefault(keyword_of(finding["path"]), set()).add(finding["severity"])
            if finding["rule"] == "module" and finding["severity"] == "error":
                absent_modules.add(folded(finding["path"]))
        for message in self.verdict.conditional_missing:
            keyword = message.keyword or ""
            severities = by_keyword.get(keyword, set())
            if "error" in severities:
                self.named[keyword] = "error"
            elif "undecided" in severities:
                self.named[keyword] = "undecided"
            elif folded(message.module or "") in absent_modules:
                self.named[keyword] = "module"
            elif (self.verdict.iod or "", keyword) in KNOWN_DIFFERENCES:
                self.named[keyword] = "known"
            else:
                self.named[keyword] = "missed"
        reported = {
            message.keyword
            for message in self.verdict.messages
            if message.kind in (Kind.MISSING, Kind.EMPTY)
        }
        self.dicomodel_only = [
            finding
            for finding in self.findings
            if finding["severity"] == "error"
            and finding["rule"] == "condition"
            and keyword_of(finding["path"]) not in reported
        ]

    @property
    def missed(self) -> list[str]:
        """dciodvfy's 1C/2C keywords that dicomodel does not name and no known difference covers."""
        return [keyword for keyword, state in self.named.items() if state == "missed"]


@dataclass(frozen=True, slots=True)
class Figures:
    """The agreement, counted over the compared files."""

    corpus: int
    dciodvfy_accepts: int
    compared: int
    findings: int
    as_error: int
    as_undecided: int
    by_module: int
    known: int
    missed: int
    dicomodel_only: int
    dicomodel_only_files: int

    def markdown(self) -> str:
        """The figures as a Markdown table."""
        rows = [
            ("corpus files", self.corpus),
            ("dciodvfy identifies the IOD and reads to the end", self.dciodvfy_accepts),
            ("files compared (dicomodel reads them too)", self.compared),
            ("dciodvfy `Missing attribute Type 1C/2C Conditional`", self.findings),
            ("named by dicomodel as error", self.as_error),
            ("named by dicomodel as undecided", self.as_undecided),
            ("in a module dicomodel reports absent (error)", self.by_module),
            ("known differences (explained)", self.known),
            ("missed by dicomodel", self.missed),
            ("dicomodel-only `condition` errors", self.dicomodel_only),
            ("files with dicomodel-only `condition` errors", self.dicomodel_only_files),
        ]
        lines = ["| figure | count |", "|---|---:|"]
        lines += [f"| {name} | {count} |" for name, count in rows]
        return "\n".join(lines) + "\n"


def dicomodel_findings(files: Iterable[Path], jobs: int = 2) -> dict[str, list[dict[str, str]]]:
    """``dicomodel validate --format json`` over ``files``: findings per file.

    A file that dicomodel cannot read has one finding of rule ``unreadable``.
    """
    names = [str(path) for path in files]
    done = subprocess.run(
        [*VALIDATE, "--format", "json", "--jobs", str(jobs), *names],
        capture_output=True,
        text=True,
        check=False,
        cwd=REPO_ROOT,
        env={**os.environ, "PYTHONWARNINGS": "ignore"},
    )
    if done.returncode not in (0, 1, 2):
        raise RuntimeError(f"dicomodel validate failed ({done.returncode}):\n{done.stderr[-3000:]}")
    found: dict[str, list[dict[str, str]]] = {name: [] for name in names}
    for line in done.stdout.splitlines():
        record: dict[str, Any] = json.loads(line)
        found.setdefault(record["file"], []).append(record)
    return found


@dataclass(frozen=True, slots=True)
class Corpus:
    """dciodvfy's verdict on every corpus file and the comparison of the files both read."""

    verdicts: list[Verdict]
    comparisons: list[Comparison]
    unreadable: dict[str, str]
    """Files dciodvfy accepts and dicomodel does not read -> dicomodel's reason."""

    def figures(self) -> Figures:
        """Count the agreement."""
        comparisons = self.comparisons
        states = [state for comparison in comparisons for state in comparison.named.values()]
        return Figures(
            corpus=len(self.verdicts),
            dciodvfy_accepts=sum(verdict.accepted for verdict in self.verdicts),
            compared=len(comparisons),
            findings=len(states),
            as_error=states.count("error"),
            as_undecided=states.count("undecided"),
            by_module=states.count("module"),
            known=states.count("known"),
            missed=states.count("missed"),
            dicomodel_only=sum(len(comparison.dicomodel_only) for comparison in comparisons),
            dicomodel_only_files=sum(bool(comparison.dicomodel_only) for comparison in comparisons),
        )


def compare_corpus(jobs: int = 2) -> Corpus:
    """Run dciodvfy and ``dicomodel validate`` on the corpus and compare them."""
    root = corpus_root()
    files = corpus_files()
    executable = dciodvfy.program()
    if executable is None:
        raise FileNotFoundError("dciodvfy is not installed (apt-get install dicom3tools)")
    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        verdicts = list(pool.map(lambda path: dciodvfy.run(path, executable), files))
    accepted = [verdict for verdict in verdicts if verdict.accepted]
    findings = dicomodel_findings((Path(verdict.path) for verdict in accepted), jobs)
    comparisons = []
    unreadable = {}
    for verdict in accepted:
        mine = findings[verdict.path]
        name = str(Path(verdict.path).relative_to(root))
        refusal = [finding["message"] for finding in mine if finding["rule"] == "unreadable"]
        if refusal:
            unreadable[name] = refusal[0]
            continue
        comparison = Comparison(file=name, iod=verdict.iod or "", verdict=verdict, findings=mine)
        comparison.judge()
        comparisons.append(comparison)
    return Corpus(verdicts=verdicts, comparisons=comparisons, unreadable=unreadable)
