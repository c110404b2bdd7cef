"""Compare concept keywords and memberships with pydicom's ``pydicom.sr`` dictionaries.

pydicom 3.0.2 built ``pydicom/sr/_cid_dict.py`` and ``_concepts_dict.py`` from the
2024c FHIR value sets (flattened memberships, one keyword per code and CID). The
comparison is informative: it is reported, never an error.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import cast

from generator.ir.codes import ContextGroupMember
from generator.parse.part16_keywords import KeywordError, concept_keyword

# (cid, scheme, value) -> the (keyword, display text) pydicom gives that code in that CID
PydicomKeywords = dict[tuple[int, str, str], set[tuple[str, str]]]

_CID_MODULE = "pydicom.sr._cid_dict"
_CONCEPTS_MODULE = "pydicom.sr._concepts_dict"


@dataclass(slots=True)
class PydicomComparison:
    """How far this build's CIDs and keywords agree with pydicom's."""

    version: str
    cids_compared: int = 0
    only_here: list[int] = field(default_factory=list)
    only_pydicom: list[int] = field(default_factory=list)
    codes_compared: int = 0
    keywords_agree: int = 0
    codes_only_here: int = 0
    codes_only_pydicom: int = 0
    other_display: int = 0
    disagreements: list[str] = field(default_factory=list)

    @property
    def agreement(self) -> float:
        """Share of (CID, code) pairs both know where the keywords agree."""
        return self.keywords_agree / self.codes_compared if self.codes_compared else 0.0

    def lines(self, examples: int = 10) -> list[str]:
        """The comparison as report lines."""
        lines = [
            f"pydicom {self.version} comparison: {self.cids_compared} CIDs in both, "
            f"{len(self.only_here)} only here, {len(self.only_pydicom)} only in pydicom "
            f"({', '.join(f'CID {cid}' for cid in self.only_pydicom[:examples])})",
            f"pydicom comparison: keywords agree for {self.keywords_agree} of "
            f"{self.codes_compared} (CID, code) memberships ({self.agreement:.2%}); "
            f"{self.codes_only_here} memberships only here, {self.codes_only_pydicom} only "
            "in pydicom",
            f"pydicom comparison: of the {self.codes_compared - self.keywords_agree} "
            f"differences, {self.other_display} come from another meaning text in pydicom's "
            "FHIR source (the same rule gives pydicom's keyword from it), "
            f"{self.codes_compared - self.keywords_agree - self.other_display} where pydicom's "
            "keyword does not follow from its meaning text by the rule (pydicom's "
            "hand-chosen KEYWORD_FIXES)",
        ]
        lines += [f"pydicom keyword differs: {line}" for line in self.disagreements[:examples]]
        return lines


def pydicom_keywords() -> tuple[dict[int, str], PydicomKeywords, str]:
    """pydicom's CID names and its keyword of every (CID, scheme, value)."""
    cid_module = importlib.import_module(_CID_MODULE)
    concepts_module = importlib.import_module(_CONCEPTS_MODULE)
    names = cast(dict[int, str], cid_module.name_for_cid)
    concepts = cast(
        Mapping[str, Mapping[str, Mapping[str, tuple[str, list[int]]]]], concepts_module.concepts
    )
    keywords: PydicomKeywords = {}
    for scheme, by_keyword in concepts.items():
        for keyword, codes in by_keyword.items():
            for value, (display, cids) in codes.items():
                for cid in cids:
                    keywords.setdefault((cid, scheme, value), set()).add((keyword, display))
    version = cast(str, importlib.import_module("pydicom").__version__)
    return names, keywords, version


def _rule_gives(keyword: str, display: str) -> bool:
    try:
        return concept_keyword(display) == keyword
    except KeywordError:
        return False


def compare_with_pydicom(
    resolved: Mapping[int, tuple[ContextGroupMember, ...]],
) -> PydicomComparison:
    """Compare each CID's flattened membership and member keywords with pydicom's."""
    names, keywords, version = pydicom_keywords()
    comparison = PydicomComparison(version=version)
    by_cid: dict[int, dict[tuple[str, str], set[tuple[str, str]]]] = {}
    for (cid, scheme, value), found in keywords.items():
        by_cid.setdefault(cid, {})[(scheme, value)] = found
    here = resolved
    comparison.only_here = sorted(set(here) - set(names))
    comparison.only_pydicom = sorted(set(names) - set(here))
    for cid in sorted(set(here) & set(names)):
        comparison.cids_compared += 1
        theirs = by_cid.get(cid, {})
        ours: dict[tuple[str, str], set[str]] = {}
        for member in here[cid]:
            ours.setdefault(member.code, set()).add(member.keyword)
        comparison.codes_only_here += len(set(ours) - set(theirs))
        comparison.codes_only_pydicom += len(set(theirs) - set(ours))
        for code in sorted(set(ours) & set(theirs)):
            comparison.codes_compared += 1
            their_keywords = {keyword for keyword, _ in theirs[code]}
            if ours[code] & their_keywords:
                comparison.keywords_agree += 1
                continue
            if any(_rule_gives(keyword, display) for keyword, display in theirs[code]):
                comparison.other_display += 1
            comparison.disagreements.append(
                f"CID {cid} ({code[0]}, {code[1]}): {sorted(ours[code])} here, "
                f"{sorted(their_keywords)} in pydicom"
            )
    return comparison
