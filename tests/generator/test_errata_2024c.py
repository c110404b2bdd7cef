"""Issue 18: the fidelity errata an independent reading of 2024c found, on the real build.

Each test names its item. The build is 2024c chunked HTML + Sup 243, as
``dicomodel-gen generate`` makes it (shared with the overlay and diff tests).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.diff.index import Index
from generator.diff.records import PATH_SEPARATOR
from generator.ir.modules import AttributeTable, ValueKind
from generator.ir.standard import Standard
from generator.render.models.plan import Plan, plan_models
from tests.generator.overlays import builds

OVERLAYS = ("sup243",)


@pytest.fixture(scope="module")
def build(mirror_root: Path) -> Standard:
    return builds.standard(mirror_root, OVERLAYS)


@pytest.fixture(scope="module")
def index(mirror_root: Path) -> Index:
    return builds.index(mirror_root, OVERLAYS)


@pytest.fixture(scope="module")
def plan(build: Standard) -> Plan:
    return plan_models(build)


def _table(build: Standard, table_id: str) -> AttributeTable:
    for table in (*build.modules, *build.macros):
        if table.table == table_id:
            return table
    raise KeyError(table_id)


def _field_docs(plan: Plan, class_name: str) -> dict[str, tuple[str, str]]:
    """Field name -> (annotation, docstring) of one generated class."""
    for module_file in plan.files.values():
        for spec in module_file.classes:
            if spec.name == class_name:
                return {f.name: (f.annotation, f.doc) for f in spec.fields}
    raise KeyError(class_name)


# -- 1. include paths in the build index -------------------------------------------------


def test_1_image_reference_includes_stand_in_their_sequences(index: Index) -> None:
    keys = {path for table, path in index.records["include"] if table == "table_C.18.4-1"}
    assert keys == {
        "table_C.18.3-1",
        "(0008,1199)>(0008,1199)>table_10-11",
        "(0008,1199)>(0008,114B)>table_10-11",
        "(0008,1199)>(0088,0200)>table_C.7-11b",
    }


def test_1_every_top_level_include_brings_top_level_attributes(
    build: Standard, index: Index
) -> None:
    """An include indexed at top level brings attributes to the table's top level."""
    tables = {table.table: table for table in (*build.modules, *build.macros)}
    wrong = []
    for table_id, path in index.records["include"]:
        if PATH_SEPARATOR in path:
            continue
        included = path.split("#")[0]
        table = tables[table_id]
        if included == table_id or not _target_brings_attributes(tables, included):
            continue
        if not any(a.via and a.via[0].table == included for a in table.attributes):
            wrong.append((table_id, path))
    assert wrong == []


def _target_brings_attributes(tables: dict[str, AttributeTable], table_id: str) -> bool:
    table = tables.get(table_id)
    return table is not None and bool(table.attributes)


# -- 2 and 3. elements of PS3.6 Tables 8-1 and 9-1 ----------------------------------------


def test_2_current_frame_functional_groups_sequence(
    build: Standard, index: Index, plan: Plan
) -> None:
    assert [e.keyword for e in build.payload_elements] == ["CurrentFrameFunctionalGroupsSequence"]
    assert index.records["element"][("(0006,0001)",)][-1] == "9-1"
    record = index.records["attribute"][("table_C.7.6.27-1", "(0006,0001)")]
    assert record[:5] == (
        "CurrentFrameFunctionalGroupsSequence",
        "Current Frame Functional Groups Sequence",
        "1",
        "SQ",
        "1",
    )
    fields = _field_docs(plan, "CurrentFrameFunctionalGroupsModule")
    assert list(fields) == ["CurrentFrameFunctionalGroupsSequence"]


def test_3_basic_directory_modules_have_their_keywords(build: Standard, plan: Plan) -> None:
    for table_id, count in (("table_F.3-2", 3), ("table_F.3-3", 14)):
        attributes = _table(build, table_id).walk()
        assert len(attributes) == count
        assert all(a.keyword for a in attributes), table_id
    assert set(_field_docs(plan, "FileSetIdentificationModule")) == {
        "FileSetID",
        "FileSetDescriptorFileID",
        "SpecificCharacterSetOfFileSetDescriptorFile",
    }
    assert "DirectoryRecordSequence" in _field_docs(plan, "DirectoryInformationModule")


# -- 4. Enhanced MR Color Image functional groups ---------------------------------------


def test_4_enhanced_mr_color_image_uses_table_a36_2(build: Standard) -> None:
    iods = {iod.table: iod for iod in build.iods}
    color, grey = iods["table_A.36-5"], iods["table_A.36-1"]
    assert color.functional_groups_table == "table_A.36-2"
    assert len(color.functional_groups) == 29
    assert [u.macro_table for u in color.functional_groups] == [
        u.macro_table for u in grey.functional_groups
    ]
    assert any("table_A.36-5 (Enhanced MR Color Image IOD)" in line for line in build.report)


# -- 5. Intravascular OCT: Enhanced Contrast/Bolus ---------------------------------------


def test_5_intravascular_oct_enhanced_contrast_bolus(build: Standard) -> None:
    iod = next(iod for iod in build.iods if iod.table == "table_A.66.3-1")
    use = iod.module_use("Enhanced Contrast/Bolus")
    assert (use.reference, use.module_table) == ("sect_C.7.6.4b", "table_C.7-12b")
    assert any(
        line.startswith("override: PS3.3 table_A.66.3-1 module 'Enhanced Contrast/Bolus'")
        for line in build.report
    )


# -- 6 and 7. value lists -----------------------------------------------------------------


def test_6_whole_slide_photometric_interpretation(build: Standard) -> None:
    table = _table(build, "table_C.8.12.4-1")
    photometric = table.attribute("(0028,0004)")
    assert photometric.values_for(ValueKind.ENUMERATED) == (
        "MONOCHROME2",
        "RGB",
        "YBR_FULL_422",
        "YBR_ICT",
        "YBR_RCT",
    )
    samples = table.attribute("(0028,0002)")  # the lists of C.8.12.4.1.5 stay its own
    conditions = {s.condition for s in samples.enumerated_values}
    assert (
        "for Samples per Pixel (0028,0002) when Photometric Interpretation (0028,0004) is "
        "MONOCHROME2"
    ) in conditions


@pytest.mark.parametrize("table_id", ["table_C.8.12.4-1", "table_C.8.35.2-1"])
def test_7_volumetric_properties_is_volume_only(build: Standard, table_id: str) -> None:
    attribute = _table(build, table_id).attribute("(0008,9206)")
    assert attribute.values_for(ValueKind.ENUMERATED) == ("VOLUME",)
    # the general list stays where no table states another (Table C.8-131, CT/MR)
    general = _table(build, "table_C.8-131").attribute("(0008,9206)")
    assert set(general.values_for(ValueKind.ENUMERATED)) == {
        "VOLUME",
        "SAMPLED",
        "DISTORTED",
        "MIXED",
    }


# -- 8. no Type ----------------------------------------------------------------------------


def test_8_attributes_without_type_have_no_type(build: Standard, plan: Plan) -> None:
    table = _table(build, "table_C.2-2")  # Patient Identification Module: no Type column
    assert not table.has_type_column
    own = [a for a in table.walk() if not a.via]  # included macros have their Types
    assert len(own) >= 10
    assert all(a.type is None for a in own)
    fields = _field_docs(plan, "PatientIdentificationModule")
    annotation, doc = fields["PatientID"]
    assert "'LO', '1', None," in annotation
    assert annotation.startswith("Annotated[vr.LO | None,")  # optional, not required
    assert "no Type, VR LO" in doc
    assert "'3'" not in annotation


# -- 9. context group UIDs -----------------------------------------------------------------


def test_9_context_group_uids_follow_table_a3(build: Standard) -> None:
    groups = {group.cid: group for group in build.context_groups}
    listed = {entry.cid: entry.uid for entry in build.context_group_uids}
    assert {cid: groups[cid].uid for cid in (4409, 212, 7230, 12024, 12025)} == {
        4409: "1.2.840.10008.6.1.1354",
        212: "1.2.840.10008.6.1.1287",
        7230: "1.2.840.10008.6.1.1340",
        12024: "1.2.840.10008.6.1.1339",
        12025: "1.2.840.10008.6.1.1341",
    }
    assert [cid for cid, group in groups.items() if cid in listed and group.uid is None] == []
    assert all(groups[cid].uid == uid for cid, uid in listed.items() if cid in groups)
    uids = [group.uid for group in groups.values() if group.uid]
    assert len(uids) == len(set(uids))  # one group per UID, as the registry gives them
    assert any(
        line.startswith("sect_CID_4409: UID 1.2.840.10008.6.1.1534 differs from PS3.6 Table A-3")
        for line in build.report
    )
    assert "sect_CID_5000: no UID on the page; took PS3.6 Table A-3's (1.2.840.10008.6.1.328)" in (
        build.report
    )


# -- 10. errors of the published text ------------------------------------------------------


def test_10_focal_abnormality_codes(build: Standard) -> None:
    groups = {group.cid: group for group in build.context_groups}
    members = {(m.scheme, m.value): m.meaning for m in groups[6337].members}
    assert members[("DCM", "130591")] == "Focal abnormality"
    assert members[("DCM", "130592")] == "Non-focal abnormality"
    assert not any(value.endswith("abnormality") for _, value in members)
    for cid in (6335, 6336):
        resolved = {(ref.scheme, ref.value) for ref in groups[cid].resolved}
        assert {("DCM", "130591"), ("DCM", "130592")} <= resolved


def test_10_monochrome2_in_oct_b_scan_analysis(build: Standard) -> None:
    attribute = _table(build, "table_C.8.17.16-1").attribute("(0028,0004)")
    assert attribute.values_for(ValueKind.ENUMERATED) == ("MONOCHROME2",)
    assert any(line.startswith("override: PS3.3 table_C.8.17.16-1") for line in build.report)


def test_10_sct_468115008_is_armrest(build: Standard) -> None:
    """Decided, no override: PS3.16 2024c CID 9513 lists Backrest as SCT 20406008 (SNOMED RT
    A-12260, UMLS C0336586) and Armrest as SCT 468115008 (R-FCFCC, C3880585), two rows of
    their own; "Backrest" for 468115008 elsewhere (pydicom's concept dictionary) is the
    error."""
    concepts = {(c.scheme, c.value): c.meaning for c in build.concepts}
    assert concepts[("SCT", "468115008")] == "Armrest"
    assert concepts[("SCT", "20406008")] == "Backrest"


# -- what stays as it was -------------------------------------------------------------------


def test_new_2024c_elements_and_missing_pages_stay(build: Standard, index: Index) -> None:
    assert index.records["attribute"][("table_C.7-1", "(0010,2161)")][0] == (
        "EthnicGroupCodeSequence"
    )
    assert any(line.startswith("CID 7480 is missing from PS3.16 2024c") for line in build.report)
    assert any("no Annex D Table D-1" in line for line in build.report)
