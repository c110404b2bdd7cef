"""PS3.16 2024c on the real chunked HTML: context groups, concepts, schemes, report."""

from __future__ import annotations

from collections.abc import Callable

from generator.ir.codes import Concept, ContextGroup, ContextGroupMember, ContextGroupType
from generator.parse.part06 import parse_context_group_uids
from generator.parse.part16 import Part16, parse_part16
from generator.readers.model import Document

PartDocument = Callable[[str, int, str], Document]

# Read by eye from sect_CID_4410.html, sect_CID_4411.html and sect_CID_4412.html:
# (scheme, value, meaning, SNOMED-RT ID, UMLS CUI), in table order.
TOPICAL_TREATMENT = [
    ("SCT", "372558009", "Immunomodulator", "F-61606", "C1527392"),
    ("SCT", "373219008", "Antifungal", "F-617EF", "C0003308"),
    ("SCT", "255631004", "Antibiotic", "C-5008C", "C0003232"),
    ("SCT", "116566001", "Steroid", "C-10098", "C0038317"),
    ("SCT", "373526007", "Cytotoxic agent", "F-618D6", "C0304497"),
    ("SCT", "280906005", "Keratolytic agent", "C-50315", "C0022585"),
    ("SCT", "372681003", "Hemostatic agent", "F-618A5", "C0019120"),
    ("SCT", "387305002", "Tretinoin", "F-61AA3", "C0040845"),
    ("SCT", "43706004", "Ascorbic acid", "F-BB370", "C0003968"),
    ("SCT", "273944007", "Aluminum hydroxide", "C-842F4", "C0002371"),
]
LESION_COLOR = [
    ("SCT", "371240000", "Red", "G-A11A", "C1260956"),
    ("SCT", "371242008", "Orange", "G-A11B", "C1313858"),
    ("SCT", "371243003", "Pink", "G-A11C", "C0332585"),
    ("SCT", "371244009", "Yellow", "G-A11D", "C0221205"),
    ("SCT", "371250004", "Purple", "G-A12A", "C0439542"),
    ("SCT", "371251000", "White", "G-A12B", "C0220938"),
    ("SCT", "371252007", "Black", "G-A12C", "C0439541"),
    ("SCT", "371253002", "Gray", "G-A12D", "C1269776"),
    ("SCT", "371254008", "Brown", "G-A12E", "C0678579"),
    ("SCT", "405738005", "Blue", "G-A12F", "C1260957"),
]
CONFOCAL_STAINS = [
    ("SCT", "387372003", "aluminum chloride", "C-12016", "C0102840"),
    ("SCT", "85596006", "fluorescein stain", "C-22A05", "C0060520"),
    ("SCT", "255800009", "immunofluorescent stain", "C-22817", "C0183489"),
    # published with a digit missing (SNOMED CT 75399008): kept, and reported
    ("SCT", "7539900", "citric acid", "F-61070", "C0055819"),
    ("SCT", "9010006", "methyl blue stain", "C-22907", "C0303897"),
    ("SCT", "29522004", "toluidine blue stain", "C-22951", "C0040380"),
    ("SCT", "77073008", "nile blue stain", "C-22941", "C0068765"),
    ("SCT", "48540004", "patent blue V sodium salt stain", "C-22885", "C0116465"),
    ("SCT", "29252006", "acridine orange stain", "C-22A08", "C0001185"),
    ("SCT", "2869004", "Acetic acid", "C-21624", "C0000983"),
]


def _rows(members: tuple[ContextGroupMember, ...]) -> list[tuple[str, ...]]:
    return [(m.scheme, m.value, m.meaning, m.snomed_rt_id or "", m.umls_cui or "") for m in members]


def test_whole_part_figures(part16: Part16) -> None:
    figures = part16.figures
    assert figures.context_groups == 1384
    assert figures.retired_groups == 16
    assert figures.member_rows == 13037  # 13027 code rows of CID tables + 10 retired (CID 26)
    assert figures.includes == 604
    assert figures.resolved_members == 24410
    assert figures.concepts == 10924
    assert figures.coding_schemes == 74  # Table 8-1: 66, Table 8-2 (HL7v3): 8
    assert figures.meaning_conflicts == 451
    assert figures.keyword_collisions == 59
    assert figures.missing_cids == (7480,)
    assert part16.report[0] == (
        "PS3.16 2024c (chtml): 1384 context groups (16 retired), 13037 member rows, "
        "604 includes (24410 resolved memberships), 10924 concepts, 74 coding schemes, "
        "451 meaning conflicts, 59 keyword collisions, missing CIDs [7480]"
    )


def test_sorted_and_deterministic(part16: Part16, part16_document: Document) -> None:
    cids = [group.cid for group in part16.context_groups]
    assert cids == sorted(cids)
    codes = [(concept.scheme, concept.value) for concept in part16.concepts]
    assert codes == sorted(codes)
    assert [scheme.designator for scheme in part16.coding_schemes] == sorted(
        scheme.designator for scheme in part16.coding_schemes
    )
    group = part16.group(7151)
    assert ContextGroup.model_validate_json(group.model_dump_json()) == group
    concept = part16.concept("DCM", "CFM")
    assert Concept.model_validate_json(concept.model_dump_json()) == concept
    active = {
        (member.cid, member.row): member.code
        for group in part16.context_groups
        for member in group.members
        if not member.retired
    }
    for group in part16.context_groups:
        assert all(active[(ref.cid, ref.row)] == ref.code for ref in group.resolved)
    again = parse_part16(part16_document, compare_pydicom=False)
    assert again.context_groups == part16.context_groups
    assert again.concepts == part16.concepts
    assert again.report == part16.report[: len(again.report)]


def test_cid_4410_topical_treatment(part16: Part16) -> None:
    group = part16.group(4410)
    assert (group.name, group.keyword, group.fhir_keyword) == (
        "Topical Treatment",
        "TopicalTreatment",
        "dicom-cid-4410-TopicalTreatment",
    )
    assert group.type is ContextGroupType.EXTENSIBLE
    assert group.extensible is True
    assert (group.version, group.uid, group.retired) == (
        "20231115",
        "1.2.840.10008.6.1.1478",
        False,
    )
    assert group.includes == ()
    assert _rows(group.members) == TOPICAL_TREATMENT
    assert part16.resolved[4410] == group.members
    assert [ref.row for ref in group.resolved] == list(range(1, 11))
    assert [member.row for member in group.members] == list(range(1, 11))
    assert group.members[6].keyword == "HemostaticAgent"
    assert group.origin.table == "table_CID_4410"
    assert group.origin.section == "sect_CID_4410"


def test_cid_4411_and_4412(part16: Part16) -> None:
    lesion_color = part16.group(4411)
    assert (lesion_color.name, lesion_color.keyword, lesion_color.uid) == (
        "Lesion Color",
        "LesionColor",
        "1.2.840.10008.6.1.1479",
    )
    assert _rows(lesion_color.members) == LESION_COLOR
    stains = part16.group(4412)
    assert (stains.name, stains.keyword, stains.uid) == (
        "Specimen Stain for Confocal Microscopy",
        "SpecimenStainForConfocalMicroscopy",
        "1.2.840.10008.6.1.1480",
    )
    assert _rows(stains.members) == CONFOCAL_STAINS
    assert (
        "PS3.16 2024c sect_CID_4412 table_CID_4412 row 4: code value '7539900' (SCT, "
        "'citric acid') is not a SNOMED CT identifier (length or Verhoeff check digit); "
        "kept as published"
    ) in part16.report


def test_cid_7019_is_2024c_not_sup243(part16: Part16) -> None:
    group = part16.group(7019)
    assert group.name == "Segmentation Non-Image Source Purpose of Reference"
    assert [(m.scheme, m.value, m.meaning) for m in group.members] == [
        ("DCM", "128227", "Source real world value map")
    ]  # Supplement 243 adds (128228, DCM) after 2024c


def test_cid_29_confocal_microscopy(part16: Part16) -> None:
    group = part16.group(29)
    assert (group.name, len(group.members)) == ("Acquisition Modality", 51)
    cfm = [member for member in group.members if member.value == "CFM"]
    assert [(m.scheme, m.meaning, m.keyword, m.row) for m in cfm] == [
        ("DCM", "Confocal Microscopy", "ConfocalMicroscopy", 7)
    ]
    concept = part16.concept("DCM", "CFM")
    assert (concept.meaning, concept.cids, concept.included_in) == (
        "Confocal Microscopy",
        (29,),
        (30, 33),
    )
    assert concept.definition is None  # no Annex D in this copy


def test_cid_7151_built_from_includes(part16: Part16) -> None:
    group = part16.group(7151)
    assert group.name == "Segmentation Property Type"
    assert group.members == ()
    assert group.includes == (7191, 7192, 7193, 7194, 7195, 7196, 7197, 4273)
    assert len(group.resolved) == 907
    assert len({ref.code for ref in group.resolved}) == 907
    sampled = {member.code: (member.cid, member.meaning) for member in part16.resolved[7151]}
    assert sampled[("SCT", "12402003")] == (6403, "Scar tissue")
    assert sampled[("SCT", "23451007")] == (4030, "Adrenal gland")
    assert sampled[("SCT", "78014005")] == (7197, "Urine")
    assert group.resolved[0].code == ("SCT", "12402003")


def test_cid_9514_and_nested_includes(part16: Part16) -> None:
    group = part16.group(9514)
    assert (group.members, group.includes) == ((), (4031, 7192))
    assert len(group.resolved) == 755
    by_code = {member.code: member for member in part16.resolved[9514]}
    assert by_code[("SCT", "818981001")].cid == 4031  # Abdomen, its own row in CID 4031
    assert by_code[("SCT", "715056000")].meaning == "L5/S1 disc"  # via 4031 -> 7604
    assert by_code[("SCT", "715056000")].keyword == "L5S1Disc"
    ivus = part16.group(7111)  # include rows spanning three of five columns
    assert ivus.includes == (3496, 3837, 7101, 7112)
    assert len(ivus.resolved) == 34


def test_cid_7480_reported_missing(part16: Part16) -> None:
    assert 7480 not in {group.cid for group in part16.context_groups}
    assert (
        "CID 7480 is missing from PS3.16 2024c (chtml): linked from table_TID_1007 row 8; "
        "page sect_CID_7480.html is absent; not invented"
    ) in part16.report


def test_table_a3_names_the_missing_cid(
    part16_document: Document, part_document: PartDocument
) -> None:
    listed = parse_context_group_uids(part_document("2024c", 6, "chtml"), [])
    parsed = parse_part16(part16_document, context_group_uids=listed, compare_pydicom=False)
    assert parsed.figures.missing_cids == (7480,)
    line = next(line for line in parsed.report if line.startswith("CID 7480 is missing"))
    assert "listed in PS3.6 2024c Table A-3 ('Breed', 1.2.840.10008.6.1.529)" in line
    assert any(
        line.startswith(
            "sect_CID_212: UID 1.2.840.10008.6.1287 differs from PS3.6 Table A-3 "
            "(1.2.840.10008.6.1.1287); took Table A-3's"
        )
        for line in parsed.report
    )
    assert "sect_CID_102: CID 102 is not in PS3.6 Table A-3" in parsed.report


def test_coding_schemes(part16: Part16) -> None:
    schemes = {scheme.designator: scheme for scheme in part16.coding_schemes}
    sct = schemes["SCT"]
    assert (sct.name, sct.uid, sct.uri, sct.responsible_organization) == (
        "SNOMED CT",
        "2.16.840.1.113883.6.96",
        "http://snomed.info/sct",
        "SNOMED International",
    )
    assert sct.origin.table == "table_8-1"
    dcm = schemes["DCM"]
    assert (dcm.uid, dcm.uri) == (
        "1.2.840.10008.2.16.4",
        "http://dicom.nema.org/resources/ontology/DCM",
    )
    assert [resource.kind for resource in dcm.resources] == ["DOC", "OWL", "FHIR"]
    assert schemes["MDC"].uri is None
    assert schemes["BARI"].uid is None
    assert [s.designator for s in part16.coding_schemes if s.retired] == ["99SDM"]
    assert sum(scheme.hl7v3 for scheme in part16.coding_schemes) == 8
    assert schemes["ActCode"].origin.table == "table_8-2"
    used = {concept.scheme for concept in part16.concepts}
    assert used <= set(schemes)


def test_annex_d_absent_dcm_codes_from_cids(part16: Part16) -> None:
    assert (
        "PS3.16 2024c (chtml): no Annex D Table D-1 (chapter_D.html is missing from this "
        "copy); DCM concepts come from the CID tables only, without definitions"
    ) in part16.report
    dcm = [concept for concept in part16.concepts if concept.scheme == "DCM"]
    assert len(dcm) == 3317
    assert all(concept.cids for concept in dcm)
    assert "3317 DCM codes taken from CID tables (no Annex D)" in part16.report


def test_concepts_and_meaning_conflicts(part16: Part16) -> None:
    hemostatic = part16.concept("SCT", "372681003")
    assert (hemostatic.meaning, hemostatic.cids, hemostatic.included_in) == (
        "Hemostatic agent",
        (622, 4410),
        (621,),
    )
    conflict = part16.concept("DCM", "128186")
    assert (conflict.meaning, conflict.other_meanings, conflict.cids) == (
        "Dose Calculation Image Series",
        ("RT Prescription Result",),
        (7023, 9510),
    )
    meanings = {
        group.cid: member.meaning
        for group in part16.context_groups
        for member in group.members
        if member.code == ("DCM", "128186")
    }
    assert meanings == {7023: "Dose Calculation Image Series", 9510: "RT Prescription Result"}
    assert (
        "451 codes have different meanings in different CID rows (224 differ only in "
        "letter case); each row keeps its own meaning"
    ) in part16.report
    assert sum(line.startswith("meaning differs: ") for line in part16.report) == 10


def test_synonyms_repeats_and_quirks_reported(part16: Part16) -> None:
    anatomic_region = part16.group(4)
    buttock = [
        (m.row, m.meaning, m.keyword) for m in anatomic_region.members if m.value == "46862004"
    ]
    assert buttock == [(8, "Buttock", "Buttock"), (31, "Gluteal region", "GlutealRegion")]
    assert [m.meaning for m in part16.resolved[4] if m.value == "46862004"] == ["Buttock"]
    report = part16.report
    assert (
        "PS3.16 2024c sect_CID_618 table_CID_618 row 7: repeats row 6 (SCT, 297120004, "
        "'Anesthetic face mask'); skipped"
    ) in report
    assert "PS3.16 2024c sect_CID_628 table_CID_628 row 1: empty row skipped" in report
    assert any(
        line.startswith("PS3.16 2024c sect_CID_12300 table_CID_12300 row 116: no code value")
        for line in report
    )
    assert sum("table_CID_8131" in line and "beyond the 3 headed" in line for line in report) == 9
    assert (
        "PS3.16 2024c sect_CID_212: UID 1.2.840.10008.6.1287 is outside the context group "
        "root 1.2.840.10008.6.1; kept as published"
    ) in report


def test_retired_and_external_groups(part16: Part16) -> None:
    retired = part16.group(61)
    assert (retired.name, retired.retired, retired.type, retired.uid) == (
        "Time Relative to Procedure (Retired)",
        True,
        None,
        None,
    )
    assert retired.extensible is None
    projection = part16.group(26)
    old = [member for member in projection.members if member.retired]
    assert len(old) == 10
    assert (old[0].scheme, old[0].value, old[0].meaning) == ("SRT", "G-5200", "Antero-posterior")
    assert old[0].table == "informaltable:sect_CID_26:1"
    assert not any(member.retired for member in part16.resolved[26])
    assert part16.concept("SRT", "G-5200").retired
    assert part16.group(82).external_scheme == "UCUM"
    assert part16.group(3672).external_scheme == "NBG"
    assert part16.group(7007).external_scheme == "ASTM-sigpurpose"
    assert part16.group(102).version is None  # "Not versioned"
    non_extensible = [g.cid for g in part16.context_groups if g.extensible is False]
    assert len(non_extensible) == 75


def test_extra_columns(part16: Part16) -> None:
    echo = part16.group(12300)
    assert echo.members[0].extras[0].column == "Units"
    assert echo.members[0].extras[0].text == '(cm, UCUM, "cm")'
    notes = [m for m in part16.group(6043).members if m.notes]
    assert notes[0].notes == "See Note 1"
    versioned = [m for g in part16.context_groups for m in g.members if m.scheme_version]
    assert versioned


def test_keywords_unique_within_cid_or_reported(part16: Part16) -> None:
    assert "CID 7181: keyword 'Centimeter' names (UCUM, /cm), (UCUM, cm)" in part16.report
    assert "59 keywords name two different codes within one CID (listed above)" in part16.report
    lines = [line for line in part16.report if ": keyword '" in line and line.startswith("CID ")]
    assert len(lines) == 59


def test_keyword_agreement_with_pydicom(part16: Part16) -> None:
    comparison = part16.pydicom
    assert comparison is not None
    assert comparison.cids_compared == 1354
    assert comparison.only_pydicom == [7480]
    # CID 6337's two DCM codes (130591, 130592: generator.overrides.codes), in CIDs 6335-6337
    assert comparison.codes_compared == 24330
    assert comparison.keywords_agree == 23976
    assert comparison.agreement > 0.985
    assert any(
        line.startswith("pydicom comparison: keywords agree for 23976") for line in part16.report
    )
