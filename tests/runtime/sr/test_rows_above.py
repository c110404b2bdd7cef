"""A row condition that names a row of an enclosing level is decided there.

TID 10003 (Irradiation Event X-Ray Data) row 5b, Reason for Repeating Acquisition,
stands under row 5a, Is Repeated Acquisition: "IFF value of Row 5a = (373066001, SCT,
"Yes")". The value meant is that of the 5a item the row stands under.
"""

from __future__ import annotations

import pytest

from dicomodel.coding import Code
from dicomodel.errors import Rule, Severity
from dicomodel.sr.content import ContentItem
from dicomodel.sr.template import load
from dicomodel.sr.validate import validate_content

YES = Code("SCT", "373066001", "Yes")
NO = Code("SCT", "373067005", "No")
REASON = Code("DCM", "128553", "Patient motion")
ROW_5B = "TID 10003 row 1 > row 5a > row 5b"


def _concept(key: str) -> Code:
    template = load("10003")
    assert template is not None
    concept = template.row(key).concept
    assert concept is not None
    return concept


def _event(repeated: Code, reason: bool) -> ContentItem:
    children = [ContentItem("CODE", _concept("5b"), REASON, "HAS CONCEPT MOD")] if reason else []
    flag = ContentItem("CODE", _concept("5a"), repeated, "CONTAINS", children=children)
    return ContentItem("CONTAINER", _concept("1"), children=[flag])


def _at_5b(tree: ContentItem) -> list[tuple[Severity, Rule]]:
    return [(i.severity, i.rule) for i in validate_content(tree, "10003") if i.path == ROW_5B]


@pytest.mark.parametrize(
    ("repeated", "reason", "found"),
    [
        (YES, True, []),
        (YES, False, [(Severity.ERROR, Rule.CONDITION)]),  # required, absent
        (NO, False, []),
        (NO, True, [(Severity.ERROR, Rule.NOT_ALLOWED)]),  # IFF: forbidden
    ],
)
def test_row_5b_follows_the_value_of_its_5a(
    repeated: Code, reason: bool, found: list[tuple[Severity, Rule]]
) -> None:
    assert _at_5b(_event(repeated, reason)) == found
