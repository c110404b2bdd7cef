"""Rows of varying concept names at one level: an item meets the row whose value set
names it (PS3.16 Section 6.1.4), not the first row of its value type, nor a row of an
included template whose value set does not name it.

TID 10031 (Radiation Dose Estimate), under the Organ Radiation Dose Information
container: row 10, NUM of DCID 10061 (absorbed doses, M, VM 1), and row 13, NUM of
DCID 10062 (equivalent doses, U, VM 1), both CONTAINS.
"""

from __future__ import annotations

from dicomodel.codes import cid225, cid10061, cid10062
from dicomodel.coding import Code
from dicomodel.errors import Severity
from dicomodel.sr.content import ContentItem, Num, from_dataset
from dicomodel.sr.template import load, match
from dicomodel.sr.validate import validate_content
from dicomodel.templates import tid300
from tests.runtime.sr.conftest import highdicom_report, tid1501_areas

MGY = Code("UCUM", "mGy", "mGy")
MSV = Code("UCUM", "mSv", "mSv")
ORGAN = "TID 10031 row 1 > row 6"


def _concept(key: str) -> Code:
    template = load("10031")
    assert template is not None
    concept = template.row(key).concept
    assert concept is not None
    return concept


def _member(members: tuple[Code, ...], meaning: str) -> Code:
    return next(code for code in members if code.meaning == meaning)


def _estimate(*doses: ContentItem) -> ContentItem:
    organ = ContentItem(
        "CONTAINER",
        _concept("6"),
        relationship="CONTAINS",
        children=[
            ContentItem("CODE", _concept("7"), Code("SCT", "39607008", "Lung"), "CONTAINS"),
            *doses,
        ],
    )
    name = ContentItem("TEXT", _concept("2"), "estimate", "HAS CONCEPT MOD")
    return ContentItem("CONTAINER", _concept("1"), children=[name, organ])


ABSORBED = ContentItem(
    "NUM", _member(cid10061.MEMBERS, "Mean Absorbed Radiation Dose"), Num(1.5, MGY), "CONTAINS"
)
EQUIVALENT = ContentItem(
    "NUM", _member(cid10062.MEMBERS, "Mean Equivalent Radiation Dose"), Num(1.2, MSV), "CONTAINS"
)


def _organ_errors(tree: ContentItem) -> list[tuple[str, str]]:
    return [
        (issue.path, issue.message)
        for issue in validate_content(tree, "10031")
        if issue.severity is Severity.ERROR and issue.path.startswith(ORGAN)
    ]


def test_each_dose_meets_the_row_of_its_group() -> None:
    template = load("10031")
    assert template is not None
    tree = _estimate(EQUIVALENT, ABSORBED)  # the equivalent dose first: order is no guide
    (organ,) = match(template, None, [tree]).rows["1"][0].rows["6"]
    assert [o.item for o in organ.rows["10"]] == [ABSORBED]
    assert [o.item for o in organ.rows["13"]] == [EQUIVALENT]
    assert _organ_errors(tree) == []


def test_a_dose_of_neither_group_still_meets_the_first_row_and_is_an_error() -> None:
    effective = Code("DCM", "113839", "Effective Dose")  # in neither group
    stray = ContentItem("NUM", effective, Num(2.0, MSV), "CONTAINS")
    tree = _estimate(ABSORBED, stray)
    errors = _organ_errors(tree)
    assert (f"{ORGAN} > row 10", "2 content items, VM 1") in errors
    assert (
        f"{ORGAN} > row 10[2]",
        "concept name (113839, DCM, 'Effective Dose') is not in DCID 10061",
    ) in errors


def test_two_absorbed_doses_break_row_10s_vm() -> None:
    maximum = ContentItem(
        "NUM", _member(cid10061.MEMBERS, "Maximum Absorbed Radiation Dose"), Num(3.0, MGY),
        "CONTAINS",
    )  # fmt: skip
    assert _organ_errors(_estimate(ABSORBED, maximum, EQUIVALENT)) == [
        (f"{ORGAN} > row 10", "2 content items, VM 1")
    ]


def test_an_included_templates_row_leaves_an_item_its_own_level_names() -> None:
    """TID 310 (Measurement Properties) includes TID 311 (NUM of DCID 221) at row 2 and
    has a NUM of DCID 225 at row 5: a range of measurement uncertainty (DCID 225) is
    row 5's, though the INCLUDE row comes first."""
    tree = from_dataset(highdicom_report(volumetric=False, with_tid300=True))
    _, measurement = tid1501_areas(tree)
    value = measurement.value
    assert isinstance(value, Num)
    uncertainty = next(c for c in cid225.MEMBERS if c.value == "371884006")
    item = ContentItem("NUM", uncertainty, value, relationship="HAS PROPERTIES")
    measurement.children.append(item)
    rows = match(tid300.TEMPLATE, None, [measurement]).rows["1"][0].rows
    (properties,) = rows["8"]  # HAS PROPERTIES INCLUDE TID 310
    assert [o.item for o in properties.rows["5"]] == [item]
    assert properties.rows["2"] == []  # INCLUDE TID 311: not invoked
    errors = [i for i in validate_content(tree, "1500") if i.severity is Severity.ERROR]
    assert errors == []


def test_sibling_include_rows_each_take_what_their_template_names() -> None:
    """TID 4005 rows 7, 8 and 9 include TID 1400, 1401 and 1402 (linear, area and volume
    measurements: a NUM of DCID 7470, 7471, 7472): an area meets row 8, though row 7
    comes first and TID 1400's NUM row takes any NUM."""
    template = load("4005")
    assert template is not None
    mm2 = Code("UCUM", "mm2", "mm2")
    area = ContentItem("NUM", Code("SCT", "42798000", "Area"), Num(12.0, mm2), "HAS PROPERTIES")
    level = match(template, None, [area])
    assert level.rows["7"] == []
    (invocation,) = level.rows["8"]
    assert invocation.included is not None
    assert invocation.included.tid == "1401"
    assert [o.item for o in invocation.rows["1"]] == [area]
