"""The corpus figures (``corpus.py``): what pydicom's files give a strict read, and why.

Each strict refusal is for a rule the standard states: Type 1/2 attributes of
mandatory modules present (PS3.5 7.4), Type 1 not empty, values of their VR
(PS3.5 6.2, 9.1 for UIDs), VM (PS3.6), Enumerated Values (PS3.3), native Pixel
Data as long as the image (PS3.5 8.1.1). The two Enumerated Value refusals are
Region Flags (0018,6016), a bit field (C.8.5.5.1.3) that the generator no longer
reads as values; they go once ``generated/`` is regenerated.
"""

from __future__ import annotations

from dicomodel.errors import Rule
from tests.runtime.serialize.corpus import FILES, measure

# Files without SOP Class UID in data set or file meta: no model to choose.
NO_MODEL = {
    "empty_charset_LEI.dcm",
    "meta_missing_tsyntax.dcm",
    "nested_priv_SQ.dcm",
    "no_meta.dcm",
}


def test_corpus_figures() -> None:
    figures = measure()
    assert len(FILES) == 95
    assert set(figures.refused) == NO_MODEL
    assert len(figures.strict) >= 55  # 57 after regeneration (Region Flags)
    assert len(figures.strict) + len(figures.lenient) + len(figures.refused) == len(FILES)
    assert set(figures.rules) <= {Rule.ABSENT, Rule.VALUE, Rule.VM, Rule.LENGTH, Rule.ENUMERATED}
    enumerated = {
        issue.keyword
        for issues in figures.issues.values()
        for issue in issues
        if issue.rule is Rule.ENUMERATED
    }
    assert enumerated <= {"RegionFlags"}
    assert [issue.rule for issue in figures.issues["MR_truncated.dcm"]] == [Rule.LENGTH]
