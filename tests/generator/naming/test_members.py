"""The collision rule of code constants, on small cases and on PS3.16 2024c."""

from __future__ import annotations

import pytest

from generator.naming.identifiers import NamingError
from generator.naming.members import member_names
from generator.parse.part16 import Part16
from generator.parse.part16_keywords import keyword_collisions
from generator.render.codes import RESERVED, _rows_by_place, cid_names


def test_distinct_keywords_are_kept() -> None:
    names = member_names([(("SCT", "1"), "Left"), (("SCT", "2"), "Right")], where="CID 2")
    assert names == {("SCT", "1"): "Left", ("SCT", "2"): "Right"}


def test_every_colliding_code_gets_its_value() -> None:
    names = member_names(
        [
            (("SCT", "24422004"), "Axial"),
            (("SCT", "1"), "Coronal"),
            (("SCT", "399061009"), "Axial"),
            (("UCUM", "/cm"), "Centimeter"),
            (("UCUM", "cm"), "Centimeter"),
        ],
        where="CID 501",
    )
    assert names == {
        ("SCT", "24422004"): "Axial_24422004",
        ("SCT", "1"): "Coronal",
        ("SCT", "399061009"): "Axial_399061009",
        ("UCUM", "/cm"): "Centimeter__cm",
        ("UCUM", "cm"): "Centimeter_cm",
    }


def test_reserved_names_and_keywords_get_an_underscore() -> None:
    names = member_names(
        [(("DCM", "1"), "URI"), (("DCM", "2"), "None_"), (("DCM", "3"), "MEMBERS")],
        reserved=RESERVED,
        where="scheme DCM",
    )
    assert names == {("DCM", "1"): "URI_", ("DCM", "2"): "None_", ("DCM", "3"): "MEMBERS_"}


def test_a_code_without_keyword_is_named_by_scheme_and_value() -> None:
    assert member_names([(("99SDM", "A-1"), "")], where="x") == {("99SDM", "A-1"): "V99SDM_A_1"}


def test_a_code_listed_twice_keeps_its_first_name() -> None:
    names = member_names([(("SCT", "1"), "Buttock"), (("SCT", "1"), "GlutealRegion")], where="x")
    assert names == {("SCT", "1"): "Buttock"}


def test_values_differing_only_in_punctuation_fail_the_build() -> None:
    with pytest.raises(
        NamingError, match=r"CID 9: .*'Rate_2_86' names \(MDC, 2:86\), \(MDC, 2-86\)"
    ):
        member_names([(("MDC", "2:86"), "Rate"), (("MDC", "2-86"), "Rate")], where="CID 9")


def test_a_suffixed_name_meeting_a_keyword_fails_the_build() -> None:
    with pytest.raises(NamingError, match="'T2_1'"):
        member_names(
            [(("DCM", "1"), "T2"), (("DCM", "2"), "T2"), (("DCM", "3"), "T2_1")], where="CID 218"
        )


def test_the_59_collisions_of_2024c_are_settled(part16: Part16) -> None:
    rows = _rows_by_place(part16.context_groups)
    settled = 0
    for group in part16.context_groups:
        collisions = keyword_collisions(part16.resolved[group.cid])
        names = cid_names(group, rows)
        assert len(set(names.values())) == len(names)
        for keyword, codes in collisions.items():
            for scheme, value in codes:
                assert names[(scheme, value)].startswith(f"{keyword}_"), (group.cid, keyword)
            settled += 1
    assert settled == 59
    cid501 = cid_names(part16.group(501), rows)
    assert cid501[("SCT", "24422004")] == "Axial_24422004"
    assert cid501[("SCT", "399061009")] == "Axial_399061009"
    cid3031 = cid_names(part16.group(3031), rows)
    assert cid3031[("MDC", "7:972")] == "MusculusAbductorDigitiMinimi_7_972"
    cid7181 = cid_names(part16.group(7181), rows)
    assert cid7181[("UCUM", "/cm")] == "Centimeter__cm"


def test_every_scheme_module_of_2024c_is_named(part16: Part16) -> None:
    by_scheme: dict[str, list[tuple[tuple[str, str], str]]] = {}
    for concept in part16.concepts:
        by_scheme.setdefault(concept.scheme, []).append(
            ((concept.scheme, concept.value), concept.keyword)
        )
    sizes = {
        scheme: len(member_names(entries, reserved=RESERVED, where=scheme))
        for scheme, entries in by_scheme.items()
    }
    assert sizes["SCT"] == 4998
    assert sum(sizes.values()) == 10924
