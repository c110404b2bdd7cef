"""Row conditions that count content items (PS3.16 Section 6.1.8), on the real templates.

TID 4023 (CAD Operating Points) row 6: "Number of instances of this row shall equal
value of Row 1, plus 1", row 1 being the Maximum CAD Operating Point, one level above.
TID 4004 (Mammography CAD Composite Feature) rows 5 and 6: "At least two items shall be
present: two of Row 5, two of Row 6, or one of each" (both INCLUDE rows: invocations).
"""

from __future__ import annotations

import pytest

from dicomodel.coding import Code
from dicomodel.errors import Issue, Rule, Severity
from dicomodel.sr.content import ContentItem, Num
from dicomodel.sr.template import RowDef, load
from dicomodel.sr.validate import validate_content

POINTS = Code("UCUM", "{0:n}", "range: 0:n")
OPERATING_POINTS_ROW = "TID 4023 row 3 > row 6"


def _row(tid: str, key: str) -> RowDef:
    template = load(tid)
    assert template is not None
    return template.row(key)


def _concept(tid: str, key: str) -> Code:
    concept = _row(tid, key).concept
    assert concept is not None
    return concept


def _operating_points(maximum: float | None, points: int) -> ContentItem:
    """A container whose children are TID 4023's top-level rows (three: matched as a
    content item sequence), with ``points`` operating points in its table."""
    table = ContentItem(
        "CONTAINER",
        _concept("4023", "3"),
        relationship="HAS PROPERTIES",
        children=[
            ContentItem("CODE", _concept("4023", "4"), Code("DCM", "111020", "x"), "CONTAINS"),
            ContentItem("CODE", _concept("4023", "5"), Code("DCM", "111021", "y"), "CONTAINS"),
            *(
                ContentItem("NUM", _concept("4023", "6"), Num(float(n), POINTS), "CONTAINS")
                for n in range(points)
            ),
        ],
    )
    children = [table]
    if maximum is not None:
        value = Num(maximum, POINTS)
        children.insert(
            0, ContentItem("NUM", _concept("4023", "1"), value, relationship="HAS PROPERTIES")
        )
    return ContentItem(
        "CONTAINER", Code("DCM", "111034", "Individual Impression"), None, None, children
    )


def _at(issues: list[Issue], path: str) -> list[tuple[Severity, Rule, str]]:
    return [(i.severity, i.rule, i.message) for i in issues if i.path == path]


def test_the_rows_carry_their_counts() -> None:
    assert _row("4023", "6").count == ("count_is_value", (), "1", 1)
    assert _row("4004", "5").count == _row("4004", "6").count == ("count_at_least", ("5", "6"), 2)
    assert _row("4004", "5").condition_status == "parsed"


def test_as_many_operating_points_as_the_maximum_plus_one_is_clean() -> None:
    issues = validate_content(_operating_points(2.0, 3), "4023")
    assert _at(issues, OPERATING_POINTS_ROW) == []


@pytest.mark.parametrize("points", [2, 4])
def test_another_number_of_operating_points_is_one_error(points: int) -> None:
    found = _at(validate_content(_operating_points(2.0, points), "4023"), OPERATING_POINTS_ROW)
    assert found == [
        (
            Severity.ERROR,
            Rule.VM,
            f"row 6 holds {points} content items, 3 expected: 'Number of instances of this row "
            "shall equal value of Row 1, plus 1.'",
        )
    ]


def test_without_the_maximum_the_count_is_undecided() -> None:
    issues = validate_content(_operating_points(None, 3), "4023")
    (finding,) = _at(issues, OPERATING_POINTS_ROW)
    assert finding[:2] == (Severity.UNDECIDED, Rule.VM)
    assert "row 1 has no numeric value" in finding[2]
    # row 1 is mandatory: its absence is the error, not the count
    assert (Severity.ERROR, Rule.ABSENT) in {(i.severity, i.rule) for i in issues}


def _composite_feature(single_findings: int, composite_features: int) -> ContentItem:
    """TID 4004 with that many INFERRED FROM invocations of TID 4006 (row 6) and of
    TID 4004 itself (row 5); the inner invocations hold only their first row."""

    def single() -> ContentItem:
        return ContentItem(
            "CODE", _concept("4006", "1"), Code("DCM", "F-01796", "Mass"), "INFERRED FROM"
        )

    def composite() -> ContentItem:
        return ContentItem(
            "CODE", _concept("4004", "1"), Code("DCM", "F-01796", "Mass"), "INFERRED FROM"
        )

    return ContentItem(
        "CODE",
        _concept("4004", "1"),
        Code("DCM", "F-01796", "Mass"),
        children=[
            *(single() for _ in range(single_findings)),
            *(composite() for _ in range(composite_features)),
        ],
    )


def _count_findings(issues: list[Issue]) -> list[tuple[Severity, str]]:
    return [
        (issue.severity, issue.message)
        for issue in issues
        if issue.rule is Rule.VM and issue.path == "TID 4004 row 1 > row 5"
    ]


@pytest.mark.parametrize(("single", "composite"), [(2, 0), (0, 2), (1, 1), (3, 1)])
def test_two_inferred_items_of_either_row_meet_tid_4004(single: int, composite: int) -> None:
    assert _count_findings(validate_content(_composite_feature(single, composite), "4004")) == []


@pytest.mark.parametrize(("single", "composite"), [(0, 0), (1, 0), (0, 1)])
def test_fewer_than_two_is_one_error(single: int, composite: int) -> None:
    issues = validate_content(_composite_feature(single, composite), "4004")
    held = single + composite
    assert _count_findings(issues) == [
        (
            Severity.ERROR,
            f"row 5 and row 6 hold {held} content items, at least 2: 'At least two items "
            "shall be present: two of Row 5, two of Row 6, or one of each.'",
        )
    ]
    # The rows alone are not "required": no undecided presence finding for either.
    assert not [
        i for i in issues if i.path.endswith(("row 5", "row 6")) and i.rule is Rule.CONDITION
    ]
