"""A small hand-built Standard: a few elements, UIDs, schemes, groups and concepts."""

from __future__ import annotations

import pytest

from generator.ir.base import Origin
from generator.ir.codes import (
    CodingScheme,
    Concept,
    ContextGroup,
    ContextGroupMember,
    ContextGroupType,
    MemberRef,
)
from generator.ir.registry import DataElement, DictionaryProvenance, SOPClass, UIDEntry
from generator.ir.standard import Standard
from generator.ir.vocabulary import VR

EDITION = "2099a"
PART6 = Origin(part=6, edition=EDITION, table="table_6-1")


def element(
    tag: str,
    keyword: str,
    vr: str,
    vm: str = "1",
    *,
    retired: bool = False,
    table: str = "table_6-1",
) -> DataElement:
    return DataElement(
        tag=tag,
        name=" ".join(keyword) if keyword else "",
        keyword=keyword,
        vrs=tuple(VR(part) for part in vr.split(" or ")) if vr else (),
        vr_text=vr,
        vm=vm,
        retired=retired,
        origin=Origin(part=6, edition=EDITION, table=table),
    )


def uid(
    value: str,
    name: str,
    keyword: str,
    kind: str = "SOP Class",
    *,
    retired: bool = False,
    part: str = "PS3.4",
    table: str = "table_A-1",
) -> UIDEntry:
    return UIDEntry(
        value=value,
        name=name,
        keyword=keyword,
        type=kind,
        part=part,
        retired=retired,
        origin=Origin(part=6, edition=EDITION, table=table),
    )


def member(
    cid: int,
    row: int,
    scheme: str,
    value: str,
    meaning: str,
    keyword: str,
    *,
    retired: bool = False,
) -> ContextGroupMember:
    return ContextGroupMember(
        cid=cid,
        table=f"table_CID_{cid}",
        row=row,
        scheme=scheme,
        value=value,
        meaning=meaning,
        keyword=keyword,
        retired=retired,
    )


def group(
    cid: int,
    name: str,
    keyword: str | None,
    members: tuple[ContextGroupMember, ...],
    resolved: tuple[ContextGroupMember, ...],
    *,
    includes: tuple[int, ...] = (),
    retired: bool = False,
) -> ContextGroup:
    return ContextGroup(
        cid=cid,
        name=name,
        keyword=keyword,
        fhir_keyword=None,
        type=None if retired else ContextGroupType.EXTENSIBLE,
        version=None if retired else "20240101",
        uid=None if retired else f"1.2.840.10008.6.1.{cid}",
        retired=retired,
        members=members,
        includes=includes,
        resolved=tuple(
            MemberRef(scheme=m.scheme, value=m.value, cid=m.cid, row=m.row) for m in resolved
        ),
        origin=Origin(part=16, edition=EDITION, section=f"sect_CID_{cid}"),
    )


def scheme(designator: str, name: str, *, retired: bool = False) -> CodingScheme:
    return CodingScheme(
        designator=designator,
        name=name,
        uid=None,
        uri="http://snomed.info/sct" if designator == "SCT" else None,
        retired=retired,
        origin=Origin(part=16, edition=EDITION, table="table_8-1"),
    )


def concept(
    scheme: str,
    value: str,
    meaning: str,
    keyword: str,
    cids: tuple[int, ...],
    *,
    retired: bool = False,
) -> Concept:
    return Concept(
        scheme=scheme,
        value=value,
        meaning=meaning,
        keyword=keyword,
        cids=cids,
        retired=retired,
        origin=Origin(part=16, edition=EDITION),
    )


RIGHT = member(2, 1, "SCT", "24028007", "Right", "Right")
LEFT = member(2, 2, "SCT", "7771000", "Left", "Left")
OLD = member(2, 1, "SRT", "G-A100", "Right", "Right", retired=True)  # row 1 of retired table
AXIAL_A = member(3, 1, "SCT", "24422004", "Axial", "Axial")
AXIAL_B = member(3, 2, "SCT", "399061009", "axial", "Axial")
CFM = member(5, 1, "DCM", "CFM", "Confocal Microscopy", "ConfocalMicroscopy")
URI = member(5, 2, "DCM", "URI", "URI", "URI")


@pytest.fixture
def standard() -> Standard:
    return Standard(
        edition=EDITION,
        dictionary=DictionaryProvenance(
            source="pydicom", edition=EDITION, detail="pydicom 9.9.9 bundled data dictionary"
        ),
        data_elements=(
            element("(0010,0010)", "PatientName", "PN"),
            element("(0008,0001)", "LengthToEnd", "UL", retired=True),
            element("(0018,0061)", "", "DS", retired=True),
            element("(60xx,3000)", "OverlayData", "OB or OW"),
        ),
        file_meta_elements=(element("(0002,0010)", "TransferSyntaxUID", "UI", table="table_7-1"),),
        directory_elements=(
            element("(0004,1220)", "DirectoryRecordSequence", "SQ", table="table_8-1"),
        ),
        uids=(
            uid(
                "1.2.840.10008.1.2",
                "Implicit VR Little Endian",
                "ImplicitVRLittleEndian",
                "Transfer Syntax",
                part="PS3.5",
            ),
            uid("1.2.840.10008.5.1.4.1.1.2", "CT Image Storage", "CTImageStorage"),
            uid(
                "1.2.840.10008.5.1.4.1.1.9.1.1",
                "12-lead ECG Waveform Storage",
                "TwelveLeadECGWaveformStorage",
            ),
            uid("1.2.840.10008.5.1.4.1.1.40", "(Retired)", "", retired=True, part="(2015c)"),
        ),
        frames_of_reference=(
            uid(
                "1.2.840.10008.1.4.1.1",
                "Talairach Brain Atlas Frame of Reference",
                "TalairachBrainAtlas",
                "Well-known Frame of Reference",
                part="PS3.6",
                table="table_A-2",
            ),
        ),
        sop_classes=(
            SOPClass(
                name="CT Image Storage",
                uid="1.2.840.10008.5.1.4.1.1.2",
                iod="CT Image IOD",
                iod_table="table_A.3-1",
                iod_section="sect_A.3",
                specialization=None,
                service="Storage",
                origin=Origin(part=4, edition=EDITION),
            ),
            SOPClass(
                name="12-lead ECG Waveform Storage",
                uid="1.2.840.10008.5.1.4.1.1.9.1.1",
                iod="12-Lead ECG IOD",
                iod_table=None,
                iod_section=None,
                specialization=None,
                service="Storage",
                origin=Origin(part=4, edition=EDITION),
            ),
        ),
        coding_schemes=(
            scheme("SCT", "SNOMED CT"),
            scheme("DCM", "DICOM Controlled Terminology"),
            scheme("99SDM", "SDM", retired=True),
            scheme("RFC-3881", "RFC 3881"),
            scheme("SRT", "SNOMED CT"),
        ),
        context_groups=(
            group(2, "Anatomic Modifier", "AnatomicModifier", (RIGHT, LEFT, OLD), (RIGHT, LEFT)),
            group(
                3,
                "View",
                "View",
                (AXIAL_A, AXIAL_B),
                (AXIAL_A, AXIAL_B, RIGHT, LEFT),
                includes=(2,),
            ),
            group(4, "Also View", "View", (AXIAL_A,), (AXIAL_A,)),
            group(5, "Modality", "Modality", (CFM, URI), (CFM, URI)),
            group(61, "Old (Retired)", None, (), (), retired=True),
        ),
        concepts=(
            concept("DCM", "CFM", "Confocal Microscopy", "ConfocalMicroscopy", (5,)),
            concept("DCM", "URI", "URI", "URI", (5,)),
            concept("SCT", "24028007", "Right", "Right", (2,)),
            concept("SCT", "24422004", "Axial", "Axial", (3, 4)),
            concept("SCT", "399061009", "axial", "Axial", (3,)),
            concept("SCT", "7771000", "Left", "Left", (2,)),
            concept("SRT", "G-A100", "Right", "Right", (2,), retired=True),
        ),
    )
