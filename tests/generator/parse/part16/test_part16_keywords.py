"""Concept keywords (CP-850 style, as pydicom forms them) and code value checks."""

from __future__ import annotations

import pytest

from generator.ir.codes import ContextGroupMember
from generator.parse.part16_keywords import KeywordError, concept_keyword, keyword_collisions
from generator.parse.part16_members import code_value_problem, verhoeff_valid


@pytest.mark.parametrize(
    ("meaning", "keyword"),
    [
        ("Hemostatic agent", "HemostaticAgent"),
        ("Topical Treatment", "TopicalTreatment"),
        ("Physician(s) of Record", "PhysiciansOfRecord"),
        ("Patient's Name", "PatientName"),
        ("Patient\u2019s Name", "PatientName"),
        ("Operators' Name", "OperatorsName"),
        ("Stenosis > 50%", "StenosisGreaterThan50Percent"),
        ("2.5 mm", "_2Point5mm"),
        ("range 1-5 cm", "Range1To5cm"),
        ("Age 65y", "Age65Years"),
        ("7day average", "_7DayAverage"),
        ("Lesion (body structure)", "Lesion"),
        ("CT Dose Index", "CTDoseIndex"),
        ("mpMRI assessment", "MpmriAssessment"),
        ("ECG lead_I", "ECGLeadI"),
        ("L5/S1 disc", "L5S1Disc"),
        ("None", "None_"),
        ("class", "Class"),
        ("Canastr\u00e3o pig breed", "Canastr\u00e3oPigBreed"),
    ],
)
def test_concept_keyword(meaning: str, keyword: str) -> None:
    assert concept_keyword(meaning) == keyword


@pytest.mark.parametrize("meaning", ["+", "---", ""])
def test_no_keyword_from_symbols(meaning: str) -> None:
    with pytest.raises(KeywordError, match="no Python keyword"):
        concept_keyword(meaning)


def _member(value: str, keyword: str) -> ContextGroupMember:
    return ContextGroupMember(
        cid=1, table="table_CID_1", row=1, scheme="SCT", value=value, meaning="m", keyword=keyword
    )


def test_keyword_collisions() -> None:
    members = [_member("1", "Same"), _member("2", "Same"), _member("3", "Other"), _member("3", "O")]
    assert keyword_collisions(members) == {"Same": (("SCT", "1"), ("SCT", "2"))}


def test_verhoeff() -> None:
    assert verhoeff_valid("372558009")
    assert verhoeff_valid("75399008")
    assert not verhoeff_valid("7539900")


@pytest.mark.parametrize(
    ("scheme", "value", "meaning", "problem"),
    [
        ("SCT", "372558009", "Immunomodulator", None),
        ("SCT", "7539900", "citric acid", "is not a SNOMED CT identifier"),
        ("MDC", "2: 33792", "QTc interval per lead", "has white space"),
        ("DCM", "Margin", "Margin", "repeats the code meaning"),
        ("DCM", "CT", "CT", None),
        ("UCUM", "mm", "mm", None),
    ],
)
def test_code_value_problem(scheme: str, value: str, meaning: str, problem: str | None) -> None:
    found = code_value_problem(scheme, value, meaning)
    if problem is None:
        assert found is None
    else:
        assert found is not None
        assert found.startswith(problem)
