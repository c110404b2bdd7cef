"""Patient Positioning Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.protocol_defined_patient_position import (
        ProtocolDefinedPatientPositionTerm as _ProtocolDefinedPatientPositionTerm,
    )
    from dicomodel.items.anatomic_region_sequence_item import (
        AnatomicRegionSequenceItem as _AnatomicRegionSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.patient_positioning_instruction_sequence_item import (
        PatientPositioningInstructionSequenceItem as _PatientPositioningInstructionSequenceItem,
    )
    from dicomodel.items.primary_anatomic_structure_sequence_item import (
        PrimaryAnatomicStructureSequenceItem as _PrimaryAnatomicStructureSequenceItem,
    )
    from dicomodel.items.reference_location_item import (
        ReferenceLocationItem as _ReferenceLocationItem,
    )
else:
    from dicomodel.lazy import Lazy

    _AnatomicRegionSequenceItem = Lazy(
        "dicomodel.items.anatomic_region_sequence_item", "AnatomicRegionSequenceItem"
    )
    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _PatientPositioningInstructionSequenceItem = Lazy(
        "dicomodel.items.patient_positioning_instruction_sequence_item",
        "PatientPositioningInstructionSequenceItem",
    )
    _PrimaryAnatomicStructureSequenceItem = Lazy(
        "dicomodel.items.primary_anatomic_structure_sequence_item",
        "PrimaryAnatomicStructureSequenceItem",
    )
    _ProtocolDefinedPatientPositionTerm = Lazy(
        "dicomodel.enums.protocol_defined_patient_position", "ProtocolDefinedPatientPositionTerm"
    )
    _ReferenceLocationItem = Lazy(
        "dicomodel.items.reference_location_item", "ReferenceLocationItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.instruction_performed_flag import (
        InstructionPerformedFlag as InstructionPerformedFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.offset_direction import OffsetDirection as OffsetDirection
    from dicomodel.enums.protocol_defined_patient_position import (
        ProtocolDefinedPatientPositionTerm as ProtocolDefinedPatientPositionTerm,
    )
    from dicomodel.items.anatomic_region_sequence_item import (
        AnatomicRegionSequenceItem as AnatomicRegionSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AnatomicRegionModifierSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PositioningMethodCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PrimaryAnatomicStructureModifierSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ReferenceBasisCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ReferenceGeometryCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.patient_positioning_instruction_sequence_item import (
        PatientPositioningInstructionSequenceItem as PatientPositioningInstructionSequenceItem,
    )
    from dicomodel.items.primary_anatomic_structure_sequence_item import (
        PrimaryAnatomicStructureSequenceItem as PrimaryAnatomicStructureSequenceItem,
    )
    from dicomodel.items.reference_location_item import (
        ReferenceLocationItem as PositioningLandmarkSequenceItem,
    )

__all__ = [
    "AnatomicRegionModifierSequenceItem",
    "AnatomicRegionSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "InstructionPerformedFlag",
    "MappingResourceTerm",
    "OffsetDirection",
    "PatientPositioningInstructionSequenceItem",
    "PatientPositioningModule",
    "PositioningLandmarkSequenceItem",
    "PositioningMethodCodeSequenceItem",
    "PrimaryAnatomicStructureModifierSequenceItem",
    "PrimaryAnatomicStructureSequenceItem",
    "ProtocolDefinedPatientPositionTerm",
    "ReferenceBasisCodeSequenceItem",
    "ReferenceGeometryCodeSequenceItem",
]


class PatientPositioningModule(DicomModel):
    """Patient Positioning Module Attributes (PS3.3 Table C.34.8-1)."""

    dicom_name: ClassVar[str] = "Patient Positioning"
    dicom_table: ClassVar[str] = "table_C.34.8-1"

    ProtocolDefinedPatientPosition: Annotated[
        _ProtocolDefinedPatientPositionTerm | vr.CS,
        Attribute(0x00189947, "CS", "1", "1", name="Protocol Defined Patient Position"),
    ]
    """Protocol Defined Patient Position (0018,9947): Type 1, VR CS, VM 1. Patient position relative to the equipment described by the procedure protocol. See Section C.7.3.1.1.2 for Defined Terms and further explanation."""

    PatientPositioningInstructionSequence: Annotated[
        list[_PatientPositioningInstructionSequenceItem] | None,
        Attribute(0x0018991B, "SQ", "1", "3", name="Patient Positioning Instruction Sequence"),
    ] = None
    """Patient Positioning Instruction Sequence (0018,991B): Type 3, VR SQ, VM 1. Instructions for positioning and aligning the patient for the procedure. E.g., aligning an anatomical landmark with laser crosshairs. One or more Items are permitted in this Sequence."""

    PositioningMethodCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x0018991C, "SQ", "1", "3", name="Positioning Method Code Sequence"),
    ] = None
    """Positioning Method Code Sequence (0018,991C): Type 3, VR SQ, VM 1. Identifies the method for positioning the patient. Only a single Item shall be included in this Sequence. See Section C.34.8.1."""

    PositioningLandmarkSequence: Annotated[
        list[_ReferenceLocationItem] | None,
        Attribute(0x0018991D, "SQ", "1", "3", name="Positioning Landmark Sequence"),
    ] = None
    """Positioning Landmark Sequence (0018,991D): Type 3, VR SQ, VM 1. A coded location identifying the intended landmark used as the basis for positioning. Only a single Item is permitted in this Sequence. See Section C.34.8.1."""

    TargetFrameOfReferenceUID: Annotated[
        vr.UI | None, Attribute(0x0018991E, "UI", "1", "3", name="Target Frame of Reference UID")
    ] = None
    """Target Frame of Reference UID (0018,991E): Type 3, VR UI, VM 1. UID of the Frame of Reference of another data set to which the current procedure is intended to be roughly aligned. For example, in a performed protocol it may be useful to record the Frame of Reference UID used in a prior Study that was us..."""

    TargetPositionReferenceIndicator: Annotated[
        vr.LO | None,
        Attribute(0x0020103F, "LO", "1", "3", name="Target Position Reference Indicator"),
    ] = None
    """Target Position Reference Indicator (0020,103F): Type 3, VR LO, VM 1. Position Reference Indicator for the Target Frame of Reference UID (0018,991E). See Section C.34.8.1."""

    AnatomicRegionSequence: Annotated[
        list[_AnatomicRegionSequenceItem] | None,
        Attribute(0x00082218, "SQ", "1", "2", name="Anatomic Region Sequence"),
    ]
    """Anatomic Region Sequence (0008,2218): Type 2, VR SQ, VM 1. Identifies the general anatomic region imaged by the Protocol. See Section C.34.8.2. Zero or one Item shall be included in this Sequence."""

    PrimaryAnatomicStructureSequence: Annotated[
        list[_PrimaryAnatomicStructureSequenceItem] | None,
        Attribute(0x00082228, "SQ", "1", "2", name="Primary Anatomic Structure Sequence"),
    ]
    """Primary Anatomic Structure Sequence (0008,2228): Type 2, VR SQ, VM 1. Identifies the primary anatomic structure(s) of interest in this Protocol. Zero or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AnatomicRegionModifierSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "AnatomicRegionSequenceItem": (
        "dicomodel.items.anatomic_region_sequence_item",
        "AnatomicRegionSequenceItem",
    ),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "InstructionPerformedFlag": (
        "dicomodel.enums.instruction_performed_flag",
        "InstructionPerformedFlag",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "OffsetDirection": ("dicomodel.enums.offset_direction", "OffsetDirection"),
    "PatientPositioningInstructionSequenceItem": (
        "dicomodel.items.patient_positioning_instruction_sequence_item",
        "PatientPositioningInstructionSequenceItem",
    ),
    "PositioningLandmarkSequenceItem": (
        "dicomodel.items.reference_location_item",
        "ReferenceLocationItem",
    ),
    "PositioningMethodCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "PrimaryAnatomicStructureModifierSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PrimaryAnatomicStructureSequenceItem": (
        "dicomodel.items.primary_anatomic_structure_sequence_item",
        "PrimaryAnatomicStructureSequenceItem",
    ),
    "ProtocolDefinedPatientPositionTerm": (
        "dicomodel.enums.protocol_defined_patient_position",
        "ProtocolDefinedPatientPositionTerm",
    ),
    "ReferenceBasisCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ReferenceGeometryCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
