"""By-reference relationships (PS3.16 Table 6.1.3-1, "R-RTYPE") followed in validation.

TID 300 row 10 is "R-INFERRED FROM" NUM: a measurement inferred from another content
item of the document, given by its Referenced Content Item Identifier (0040,DB73)
(PS3.3 Section C.17.3.2.5). Row 9 is the same by value, XOR row 10.
"""

from __future__ import annotations

from dicomodel.coding import Code
from dicomodel.errors import Severity
from dicomodel.sr.content import ContentItem, Num, from_dataset, link_references, to_dataset
from dicomodel.sr.template import match
from dicomodel.sr.validate import validate_content
from dicomodel.templates import tid300
from tests.runtime.sr.conftest import highdicom_report, positions, tid1501_areas

AREA = ("42798000", "SCT")
IMAGE_REGION = ("111030", "DCM")


def _errors(tree: ContentItem) -> list[tuple[str, str, str]]:
    return [
        (issue.path, str(issue.rule), issue.message)
        for issue in validate_content(tree, "1500")
        if issue.severity is Severity.ERROR
    ]


def _with_reference(identifier: tuple[int, ...]) -> ContentItem:
    """A highdicom report whose TID 300 area is inferred, by reference, from ``identifier``;
    written to a data set and read back, so the identifier goes through pydicom."""
    tree = from_dataset(highdicom_report(volumetric=False, with_tid300=True))
    _, measurement = tid1501_areas(tree)
    measurement.children.append(
        ContentItem("", None, relationship="INFERRED FROM", reference=identifier)
    )
    dataset = to_dataset(tree)
    return from_dataset(dataset)


def test_a_reference_round_trips_and_finds_its_target() -> None:
    tree = from_dataset(highdicom_report(volumetric=False, with_tid300=True))
    planar, _ = tid1501_areas(tree)
    read = _with_reference(planar)
    _, measurement = tid1501_areas(read)
    reference = measurement.children[-1]
    assert reference.reference == planar
    assert reference.value_type == ""
    assert reference.concept is None
    assert link_references(read) == []
    assert reference.target is not None
    assert reference.target.concept is not None
    assert reference.target.concept.value == AREA[0]


def test_a_by_reference_row_met_by_reference_validates() -> None:
    tree = from_dataset(highdicom_report(volumetric=False, with_tid300=True))
    planar, _ = tid1501_areas(tree)
    assert _errors(_with_reference(planar)) == []


def test_the_reference_meets_row_10_and_a_by_value_item_does_not() -> None:
    tree = from_dataset(highdicom_report(volumetric=False, with_tid300=True))
    planar_id, _ = tid1501_areas(tree)
    read = _with_reference(planar_id)
    link_references(read)
    planar = next(item for identifier, item in positions(read) if identifier == planar_id)
    _, measurement = tid1501_areas(read)
    reference = measurement.children[-1]
    by_value = ContentItem("NUM", planar.concept, planar.value, relationship="INFERRED FROM")
    measurement.children.append(by_value)
    rows = match(tid300.TEMPLATE, None, [measurement]).rows["1"][0].rows
    assert [o.item for o in rows["10"]] == [reference]  # R-INFERRED FROM
    assert [o.item for o in rows["9"]] == [by_value]  # INFERRED FROM, by value
    # Row 8 includes TID 310 with HAS PROPERTIES: its NUM rows (TID 311 row 1, a
    # DCID 221 concept) take no INFERRED FROM item (PS3.16 Section 6.1.3).
    assert rows["8"] == []


def test_an_include_row_gives_its_relationship_to_the_included_rows() -> None:
    """TID 300 row 8 is HAS PROPERTIES INCLUDE TID 310, whose rows state no
    relationship: they take the INCLUDE row's (PS3.16 Section 6.1.3), so an INFERRED
    FROM NUM meets row 9 and a HAS PROPERTIES one TID 310 > TID 311 row 1."""
    tree = from_dataset(highdicom_report(volumetric=False, with_tid300=True))
    planar_id, measurement = tid1501_areas(tree)
    planar = next(item for identifier, item in positions(tree) if identifier == planar_id)
    inferred = ContentItem("NUM", planar.concept, planar.value, relationship="INFERRED FROM")
    percentile = Code("SCT", "371889001", "95th Percentile Value of population")
    value = planar.value
    assert isinstance(value, Num)
    population = ContentItem("NUM", percentile, value, relationship="HAS PROPERTIES")
    measurement.children.extend([inferred, population])
    rows = match(tid300.TEMPLATE, None, [measurement]).rows["1"][0].rows
    assert [o.item for o in rows["9"]] == [inferred]
    (properties,) = rows["8"]
    assert properties.included is not None
    assert properties.included.tid == "310"
    (statistics,) = properties.rows["2"]  # TID 310 row 2: INCLUDE TID 311
    assert [o.item for o in statistics.rows["1"]] == [population]
    # The inferred area is no population statistic of DCID 221: no finding says so.
    assert _errors(tree) == []


def test_a_reference_to_no_content_item_is_one_error() -> None:
    errors = _errors(_with_reference((1, 99)))
    assert errors == [
        ("TID 1500", "value", "Referenced Content Item Identifier 1.99 names no content item")
    ]


def test_a_typed_part_reads_a_by_reference_row_as_its_target() -> None:
    """TID 300 row 10 read through dicomodel.templates: the referenced area's value."""
    tree = from_dataset(highdicom_report(volumetric=False, with_tid300=True))
    planar_id, _ = tid1501_areas(tree)
    read = _with_reference(planar_id)
    planar = next(item for identifier, item in positions(read) if identifier == planar_id)
    _, measurement = tid1501_areas(read)
    link_references(read)
    part = tid300.Measurement.from_items([measurement])
    (derived,) = part.derivationparameter_row_10
    assert derived.value == planar.value
    assert part.derivationparameter == []  # row 9, by value: none
