"""SR content trees validated against their templates (PS3.16 Section 6.1).

highdicom-built documents (TID 1500 with TID 1410 / 1411 groups and a TID 1501 group
holding TID 300) validate with no error; each broken variant gives one error at the
row that breaks.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pydicom import Dataset

import dicomodel
from dicomodel.cli import main
from dicomodel.coding import Code
from dicomodel.errors import Rule, Severity
from dicomodel.sr.content import ContentItem, from_dataset
from dicomodel.sr.document import sr_dataset
from dicomodel.sr.validate import validate_content
from tests.runtime.sr.conftest import highdicom_report, measurement_report

TRACKING_UID = ("112040", "DCM")
TRACKING_ID = ("112039", "DCM")
PLANAR = "TID 1500 row 1 > row 6 > row 7 > TID 1410 row 1"


def _errors(tree: ContentItem) -> list[tuple[str, str]]:
    return [
        (issue.path, str(issue.rule))
        for issue in validate_content(tree, "1500")
        if issue.severity is Severity.ERROR
    ]


def _find(item: ContentItem, code: tuple[str, str]) -> tuple[ContentItem, ContentItem]:
    """The first (parent, child) whose child has concept ``code``, depth first."""
    for child in item.children:
        if child.concept is not None and (child.concept.value, child.concept.scheme) == code:
            return item, child
        try:
            return _find(child, code)
        except LookupError:
            continue
    raise LookupError(code)


def test_highdicom_documents_validate_without_error(highdicom_sr: Dataset) -> None:
    issues = validate_content(from_dataset(highdicom_sr), "1500")
    assert [i for i in issues if i.severity is Severity.ERROR] == []
    undecided = [i.path for i in issues if i.severity is Severity.UNDECIDED]
    assert undecided == [
        "TID 1500 row 1 > row 3 > TID 1001 row 2",
        "TID 1500 row 1 > row 3 > TID 1001 row 3",
    ]
    assert "not inherited" in issues[0].message


def test_a_report_built_with_dicomodel_templates_validates_without_error() -> None:
    issues = validate_content(from_dataset(sr_dataset(measurement_report())), "1500")
    assert [i for i in issues if i.severity is Severity.ERROR] == []
    (advice,) = [i for i in issues if i.severity is Severity.WARNING]
    assert (advice.path, advice.rule) == ("TID 1500 row 1 > row 4", Rule.ENUMERATED)  # BCID 100


def _drop_selected_image(tree: ContentItem) -> None:
    _, region = _find(tree, ("111030", "DCM"))
    region.children.clear()


def _text_as_code(tree: ContentItem) -> None:
    _, tracking = _find(tree, TRACKING_ID)
    tracking.value_type = "CODE"


def _title_outside_dcid(tree: ContentItem) -> None:
    tree.concept = Code("DCM", "113701", "X-Ray Radiation Dose Report")  # not in DCID 7021


def _uid_twice(tree: ContentItem) -> None:
    group, uid = _find(tree, TRACKING_UID)
    group.children.append(ContentItem(uid.value_type, uid.concept, "1.2.3", uid.relationship))


@pytest.mark.parametrize(
    ("breaks", "expected"),
    [
        (_drop_selected_image, (f"{PLANAR} > row 5 > row 6", "absent")),
        (_text_as_code, (f"{PLANAR} > row 2", "value")),
        (_title_outside_dcid, ("TID 1500 row 1", "enumerated")),
        (_uid_twice, (f"{PLANAR} > row 3", "vm")),
    ],
)  # fmt: skip
def test_each_broken_variant_gives_one_error_at_its_row(
    breaks: Callable[[ContentItem], None], expected: tuple[str, str]
) -> None:
    tree = from_dataset(highdicom_report(volumetric=False, with_tid300=False))
    assert _errors(tree) == []
    breaks(tree)
    assert _errors(tree) == [expected]


def test_a_changed_observer_type_breaks_the_iff_of_the_person_row() -> None:
    """TID 1002 rows 2 and 3 are IFF Row 1 = Person / Device: both turn round."""
    tree = from_dataset(highdicom_report(volumetric=False, with_tid300=False))
    _, observer = _find(tree, ("121005", "DCM"))
    observer.value = Code("DCM", "121007", "Device")
    observer_context = "TID 1500 row 1 > row 3 > TID 1001 row 1 > TID 1002"
    assert _errors(tree) == [
        (f"{observer_context} row 2", "not-allowed"),  # the person's attributes are there
        (f"{observer_context} row 3", "condition"),  # the device's are required, absent
    ]


def test_dicomodel_validate_checks_the_content_tree_of_an_sr_file(tmp_path: Path) -> None:
    document = highdicom_report(volumetric=False, with_tid300=False)
    document.ConceptNameCodeSequence[0].CodeValue = "113701"  # a title outside DCID 7021
    path = tmp_path / "sr.dcm"
    document.save_as(path, enforce_file_format=True)
    found = [i for i in dicomodel.validate(path) if i.source.startswith("PS3.16")]
    errors = [(i.path, i.rule) for i in found if i.severity is Severity.ERROR]
    assert errors == [("TID 1500 row 1", Rule.ENUMERATED)]
    assert main(["validate", str(path)]) == 1


def test_order_counts_only_where_the_template_says_it_is_significant() -> None:
    """TID 2000 is "Order: Significant": Procedure reported (row 2) before Acquisition
    Device Type (row 3); TID 1500 is not, and its rows may come in any order."""
    procedure = ContentItem(
        "CODE", Code("DCM", "121058", "Procedure reported"), Code("SCT", "77477000", "CT"),
        "HAS CONCEPT MOD",
    )  # fmt: skip
    device = ContentItem(
        "CODE", Code("DCM", "122142", "Acquisition Device Type"), Code("DCM", "CT", "CT"),
        "HAS CONCEPT MOD",
    )  # fmt: skip
    title = Code("DCM", "18748-4", "Diagnostic Imaging Report")

    def out_of_order(children: list[ContentItem]) -> list[str]:
        root = ContentItem("CONTAINER", title, children=children)
        return [i.path for i in validate_content(root, "2000") if "order" in i.message]

    assert out_of_order([procedure, device]) == []
    assert out_of_order([device, procedure]) == ["TID 2000 row 1"]
    tree = from_dataset(highdicom_report(volumetric=False, with_tid300=False))
    tree.children.reverse()
    assert _errors(tree) == []


def test_sibling_concepts_are_evaluated_three_valued() -> None:
    """TID 4000 row 7: "Shall be present unless the value of (111064, DCM, "Summary of
    Detections") is (111225, DCM, "Not Attempted")"."""
    from dicomodel.sr.validate import _Scope, evaluate

    summary = Code("DCM", "111064", "Summary of Detections")
    done = ContentItem("CODE", summary, Code("DCM", "111222", "Succeeded"))
    skipped = ContentItem("CODE", summary, Code("DCM", "111225", "Not Attempted"))
    rule = ("not", ("concept_code", ("111064", "DCM"), (("111225", "DCM"),)))
    assert evaluate(rule, _Scope({}, None, None, (done,))) is True
    assert evaluate(rule, _Scope({}, None, None, (skipped,))) is False
    assert evaluate(("and", rule, ("unknown", "x")), _Scope({}, None, None, (done,))) is None
    assert evaluate(("row_present", "9"), _Scope({}, None, None)) is None  # no such row here
