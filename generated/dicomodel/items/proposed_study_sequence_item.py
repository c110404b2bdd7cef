"""Item class ProposedStudySequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import CodeSequenceItem as EthnicGroupCodeSequenceItem
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "EthnicGroupCodeSequenceItem",
    "MappingResourceTerm",
    "ProposedStudySequenceItem",
]


class ProposedStudySequenceItem(DicomModel):
    """An item of Proposed Study Sequence (2130,00A0), as first defined in Basic Film Session Relationship Module Attributes (C.13-2)."""

    dicom_name: ClassVar[str] = "Proposed Study Sequence"
    dicom_table: ClassVar[str] = "table_C.13-2"

    PatientName: Annotated[
        vr.PN | None, Attribute(0x00100010, "PN", "1", None, name="Patient's Name")
    ] = None
    """Patient's Name (0010,0010): no Type, VR PN, VM 1. See Section C.2.2 Patient Identification Module for description."""

    PatientID: Annotated[
        vr.LO | None, Attribute(0x00100020, "LO", "1", None, name="Patient ID")
    ] = None
    """Patient ID (0010,0020): no Type, VR LO, VM 1. See Section C.2.2 Patient Identification Module for description."""

    PatientBirthDate: Annotated[
        vr.DA | None, Attribute(0x00100030, "DA", "1", None, name="Patient's Birth Date")
    ] = None
    """Patient's Birth Date (0010,0030): no Type, VR DA, VM 1. See Section C.2.3 Patient Demographic Module for description."""

    PatientBirthTime: Annotated[
        vr.TM | None, Attribute(0x00100032, "TM", "1", None, name="Patient's Birth Time")
    ] = None
    """Patient's Birth Time (0010,0032): no Type, VR TM, VM 1. See Section C.2.3 Patient Demographic Module for description."""

    PatientSex: Annotated[
        vr.CS | None, Attribute(0x00100040, "CS", "1", None, name="Patient's Sex")
    ] = None
    """Patient's Sex (0010,0040): no Type, VR CS, VM 1. See Section C.2.3 Patient Demographic Module for description."""

    PatientAge: Annotated[
        vr.AS | None, Attribute(0x00101010, "AS", "1", None, name="Patient's Age")
    ] = None
    """Patient's Age (0010,1010): no Type, VR AS, VM 1. See Section C.2.3 Patient Demographic Module for description."""

    EthnicGroup: Annotated[
        vr.SH | None, Attribute(0x00102160, "SH", "1", None, name="Ethnic Group")
    ] = None
    """Ethnic Group (0010,2160): no Type, VR SH, VM 1. See Section C.2.3 Patient Demographic Module for description."""

    EthnicGroupCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00102161, "SQ", "1", None, name="Ethnic Group Code Sequence"),
    ] = None
    """Ethnic Group Code Sequence (0010,2161): no Type, VR SQ, VM 1. See Section C.2.3 Patient Demographic Module for description. One or more Items are permitted in this Sequence."""

    PatientComments: Annotated[
        vr.LT | None, Attribute(0x00104000, "LT", "1", None, name="Patient Comments")
    ] = None
    """Patient Comments (0010,4000): no Type, VR LT, VM 1. See Section C.2.3 Patient Demographic Module for description."""

    StudyInstanceUID: Annotated[
        vr.UI | None, Attribute(0x0020000D, "UI", "1", None, name="Study Instance UID")
    ] = None
    """Study Instance UID (0020,000D): no Type, VR UI, VM 1. See Section C.7.2.1 General Study Module for description."""

    StudyDate: Annotated[
        vr.DA | None, Attribute(0x00080020, "DA", "1", None, name="Study Date")
    ] = None
    """Study Date (0008,0020): no Type, VR DA, VM 1. See Section C.7.2.1 General Study Module for description."""

    StudyTime: Annotated[
        vr.TM | None, Attribute(0x00080030, "TM", "1", None, name="Study Time")
    ] = None
    """Study Time (0008,0030): no Type, VR TM, VM 1. See Section C.7.2.1 General Study Module for description."""

    StudyID: Annotated[vr.SH | None, Attribute(0x00200010, "SH", "1", None, name="Study ID")] = None
    """Study ID (0020,0010): no Type, VR SH, VM 1. See Section C.7.2.1 General Study Module for description."""

    StudyDescription: Annotated[
        vr.LO | None, Attribute(0x00081030, "LO", "1", None, name="Study Description")
    ] = None
    """Study Description (0008,1030): no Type, VR LO, VM 1. See Section C.7.2.1 General Study Module for description."""

    AccessionNumber: Annotated[
        vr.SH | None, Attribute(0x00080050, "SH", "1", None, name="Accession Number")
    ] = None
    """Accession Number (0008,0050): no Type, VR SH, VM 1. See Section C.7.2.1 General Study Module for description."""

    ReferringPhysicianName: Annotated[
        vr.PN | None, Attribute(0x00080090, "PN", "1", None, name="Referring Physician’s Name")
    ] = None
    """Referring Physician’s Name (0008,0090): no Type, VR PN, VM 1. See Section C.3.4 Visit Admission Module for description."""

    NameOfPhysiciansReadingStudy: Annotated[
        list[vr.PN] | None,
        Attribute(0x00081060, "PN", "1-n", None, name="Name of Physician(s) Reading Study"),
    ] = None
    """Name of Physician(s) Reading Study (0008,1060): no Type, VR PN, VM 1-n. See Section C.7.2.1 General Study Module for description."""

    AdmittingDiagnosesDescription: Annotated[
        list[vr.LO] | None,
        Attribute(0x00081080, "LO", "1-n", None, name="Admitting Diagnoses Description"),
    ] = None
    """Admitting Diagnoses Description (0008,1080): no Type, VR LO, VM 1-n. See Section C.7.2.2 Patient Study Module for description."""

    SeriesNumber: Annotated[
        vr.IS | None, Attribute(0x00200011, "IS", "1", None, name="Series Number")
    ] = None
    """Series Number (0020,0011): no Type, VR IS, VM 1. See Section C.7.3.1 General Series Module for description."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "EthnicGroupCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
