"""Item class ScheduledProcedureStepSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.anatomical_orientation_type import (
        AnatomicalOrientationTypeValue as _AnatomicalOrientationTypeValue,
    )
    from dicomodel.enums.modality import ModalityTerm as _ModalityTerm
    from dicomodel.enums.scheduled_procedure_step_status import (
        ScheduledProcedureStepStatusTerm as _ScheduledProcedureStepStatusTerm,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as _PersonIdentificationItem,
    )
    from dicomodel.items.referenced_defined_protocol_sequence_item_scheduled_procedure_step import (
        ReferencedDefinedProtocolSequenceItemScheduledProcedureStep as _ReferencedDefinedProtocolSequenceItemScheduledProcedureStep,
    )
    from dicomodel.items.scheduled_protocol_code_sequence_item_scheduled_procedure_step import (
        ScheduledProtocolCodeSequenceItemScheduledProcedureStep as _ScheduledProtocolCodeSequenceItemScheduledProcedureStep,
    )
else:
    from dicomodel.lazy import Lazy

    _AnatomicalOrientationTypeValue = Lazy(
        "dicomodel.enums.anatomical_orientation_type", "AnatomicalOrientationTypeValue"
    )
    _ModalityTerm = Lazy("dicomodel.enums.modality", "ModalityTerm")
    _PersonIdentificationItem = Lazy(
        "dicomodel.items.person_identification_item", "PersonIdentificationItem"
    )
    _ReferencedDefinedProtocolSequenceItemScheduledProcedureStep = Lazy(
        "dicomodel.items.referenced_defined_protocol_sequence_item_scheduled_procedure_step",
        "ReferencedDefinedProtocolSequenceItemScheduledProcedureStep",
    )
    _ScheduledProcedureStepStatusTerm = Lazy(
        "dicomodel.enums.scheduled_procedure_step_status", "ScheduledProcedureStepStatusTerm"
    )
    _ScheduledProtocolCodeSequenceItemScheduledProcedureStep = Lazy(
        "dicomodel.items.scheduled_protocol_code_sequence_item_scheduled_procedure_step",
        "ScheduledProtocolCodeSequenceItemScheduledProcedureStep",
    )

if TYPE_CHECKING:
    from dicomodel.enums.anatomical_orientation_type import (
        AnatomicalOrientationType as AnatomicalOrientationType,
    )
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.modality import ModalityTerm as ModalityTerm
    from dicomodel.enums.scheduled_procedure_step_status import (
        ScheduledProcedureStepStatusTerm as ScheduledProcedureStepStatusTerm,
    )
    from dicomodel.enums.value_type import ValueType as ValueType
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as InstitutionCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MeasurementUnitsCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PersonIdentificationCodeSequenceItem,
    )
    from dicomodel.items.content_item import ContentItem as ContentItemModifierSequenceItem
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as ScheduledPerformingPhysicianIdentificationSequenceItem,
    )
    from dicomodel.items.protocol_context_sequence_item_scheduled_procedure_step import (
        ProtocolContextSequenceItemScheduledProcedureStep as ProtocolContextSequenceItem,
    )
    from dicomodel.items.referenced_defined_protocol_sequence_item_scheduled_procedure_step import (
        ReferencedDefinedProtocolSequenceItemScheduledProcedureStep as ReferencedDefinedProtocolSequenceItem,
    )
    from dicomodel.items.referenced_defined_protocol_sequence_item_scheduled_procedure_step import (
        ReferencedDefinedProtocolSequenceItemScheduledProcedureStep as ReferencedPerformedProtocolSequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item import (
        ReferencedSOPSequenceItem as ReferencedSOPSequenceItem,
    )
    from dicomodel.items.scheduled_protocol_code_sequence_item_scheduled_procedure_step import (
        ScheduledProtocolCodeSequenceItemScheduledProcedureStep as ScheduledProtocolCodeSequenceItem,
    )

__all__ = [
    "AnatomicalOrientationType",
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContentItemModifierSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "ModalityTerm",
    "PersonIdentificationCodeSequenceItem",
    "ProtocolContextSequenceItem",
    "ReferencedDefinedProtocolSequenceItem",
    "ReferencedPerformedProtocolSequenceItem",
    "ReferencedSOPSequenceItem",
    "ScheduledPerformingPhysicianIdentificationSequenceItem",
    "ScheduledProcedureStepSequenceItem",
    "ScheduledProcedureStepStatusTerm",
    "ScheduledProtocolCodeSequenceItem",
    "ValueType",
]


class ScheduledProcedureStepSequenceItem(DicomModel):
    """An item of Scheduled Procedure Step Sequence (0040,0100), as first defined in Scheduled Procedure Step Module Attributes (C.4-10)."""

    dicom_name: ClassVar[str] = "Scheduled Procedure Step Sequence"
    dicom_table: ClassVar[str] = "table_C.4-10"

    ScheduledStationAETitle: Annotated[
        list[vr.AE] | None,
        Attribute(0x00400001, "AE", "1-n", None, name="Scheduled Station AE Title"),
    ] = None
    """Scheduled Station AE Title (0040,0001): no Type, VR AE, VM 1-n. The AE title of the modality on which the Scheduled Procedure Step is scheduled to be performed."""

    ScheduledStationName: Annotated[
        list[vr.SH] | None, Attribute(0x00400010, "SH", "1-n", None, name="Scheduled Station Name")
    ] = None
    """Scheduled Station Name (0040,0010): no Type, VR SH, VM 1-n. An institution defined name for the modality on which the Scheduled Procedure Step is scheduled to be performed."""

    ScheduledProcedureStepLocation: Annotated[
        vr.SH | None,
        Attribute(0x00400011, "SH", "1", None, name="Scheduled Procedure Step Location"),
    ] = None
    """Scheduled Procedure Step Location (0040,0011): no Type, VR SH, VM 1. The location at which the Procedure Step is scheduled to be performed."""

    ReferencedDefinedProtocolSequence: Annotated[
        list[_ReferencedDefinedProtocolSequenceItemScheduledProcedureStep] | None,
        Attribute(0x0018990C, "SQ", "1", None, name="Referenced Defined Protocol Sequence"),
    ] = None
    """Referenced Defined Protocol Sequence (0018,990C): no Type, VR SQ, VM 1. Defined Procedure Protocol Instance(s) specified for the Scheduled Procedure Step."""

    ReferencedPerformedProtocolSequence: Annotated[
        list[_ReferencedDefinedProtocolSequenceItemScheduledProcedureStep] | None,
        Attribute(0x0018990D, "SQ", "1", None, name="Referenced Performed Protocol Sequence"),
    ] = None
    """Referenced Performed Protocol Sequence (0018,990D): no Type, VR SQ, VM 1. Prior Performed Procedure Protocol Instance(s) that is to be repeated for the Scheduled Procedure Step."""

    ScheduledProcedureStepStartDate: Annotated[
        vr.DA | None,
        Attribute(0x00400002, "DA", "1", None, name="Scheduled Procedure Step Start Date"),
    ] = None
    """Scheduled Procedure Step Start Date (0040,0002): no Type, VR DA, VM 1. Date on which the Scheduled Procedure Step is scheduled to start."""

    ScheduledProcedureStepStartTime: Annotated[
        vr.TM | None,
        Attribute(0x00400003, "TM", "1", None, name="Scheduled Procedure Step Start Time"),
    ] = None
    """Scheduled Procedure Step Start Time (0040,0003): no Type, VR TM, VM 1. Time at which the Scheduled Procedure Step is scheduled to start."""

    ScheduledProcedureStepEndDate: Annotated[
        vr.DA | None,
        Attribute(0x00400004, "DA", "1", None, name="Scheduled Procedure Step End Date"),
    ] = None
    """Scheduled Procedure Step End Date (0040,0004): no Type, VR DA, VM 1. Date on which the Scheduled Procedure Step is scheduled to end."""

    ScheduledProcedureStepEndTime: Annotated[
        vr.TM | None,
        Attribute(0x00400005, "TM", "1", None, name="Scheduled Procedure Step End Time"),
    ] = None
    """Scheduled Procedure Step End Time (0040,0005): no Type, VR TM, VM 1. Time at which the Scheduled Procedure Step is scheduled to end."""

    ScheduledPerformingPhysicianName: Annotated[
        vr.PN | None,
        Attribute(0x00400006, "PN", "1", None, name="Scheduled Performing Physician's Name"),
    ] = None
    """Scheduled Performing Physician's Name (0040,0006): no Type, VR PN, VM 1. Name of the physician scheduled to administer the Scheduled Procedure Step."""

    ScheduledPerformingPhysicianIdentificationSequence: Annotated[
        list[_PersonIdentificationItem] | None,
        Attribute(
            0x0040000B,
            "SQ",
            "1",
            None,
            name="Scheduled Performing Physician Identification Sequence",
        ),
    ] = None
    """Scheduled Performing Physician Identification Sequence (0040,000B): no Type, VR SQ, VM 1. Identification of the physician scheduled to administer the Scheduled Procedure Step. Only a single Item shall be included in this Sequence."""

    ScheduledProcedureStepDescription: Annotated[
        vr.LO | None,
        Attribute(0x00400007, "LO", "1", None, name="Scheduled Procedure Step Description"),
    ] = None
    """Scheduled Procedure Step Description (0040,0007): no Type, VR LO, VM 1. Institution-generated description or classification of the Scheduled Procedure Step to be performed. The purpose of this Attribute is to store a description or classification that is used at a local level (e.g., a hospital or a managed care..."""

    ScheduledProtocolCodeSequence: Annotated[
        list[_ScheduledProtocolCodeSequenceItemScheduledProcedureStep] | None,
        Attribute(0x00400008, "SQ", "1", None, name="Scheduled Protocol Code Sequence"),
    ] = None
    """Scheduled Protocol Code Sequence (0040,0008): no Type, VR SQ, VM 1. Sequence describing the Scheduled Protocol following a specified coding scheme. One or more Items shall be included in this Sequence."""

    ScheduledProcedureStepID: Annotated[
        vr.SH | None, Attribute(0x00400009, "SH", "1", None, name="Scheduled Procedure Step ID")
    ] = None
    """Scheduled Procedure Step ID (0040,0009): no Type, VR SH, VM 1. Identifier that identifies the Scheduled Procedure Step."""

    ScheduledProcedureStepStatus: Annotated[
        _ScheduledProcedureStepStatusTerm | vr.CS | None,
        Attribute(0x00400020, "CS", "1", None, name="Scheduled Procedure Step Status"),
    ] = None
    """Scheduled Procedure Step Status (0040,0020): no Type, VR CS, VM 1. A Real World condition that may affect the selection of the Scheduled Procedure Step. Defined Terms: SCHEDULED Procedure Step scheduled ARRIVED Patient is available for the Scheduled Procedure Step READY all Patient and other necessary prep..."""

    CommentsOnTheScheduledProcedureStep: Annotated[
        vr.LT | None,
        Attribute(0x00400400, "LT", "1", None, name="Comments on the Scheduled Procedure Step"),
    ] = None
    """Comments on the Scheduled Procedure Step (0040,0400): no Type, VR LT, VM 1. User-defined comments on the Scheduled Procedure Step. The Comments Attribute is intended to transmit non-structured information, which can be displayed to the operator of the Modality."""

    Modality: Annotated[
        _ModalityTerm | vr.CS | None, Attribute(0x00080060, "CS", "1", None, name="Modality")
    ] = None
    """Modality (0008,0060): no Type, VR CS, VM 1. Type of device, process or method for which the Scheduled Procedure Step is scheduled. See Section C.7.3.1.1.1 for Defined Terms."""

    RequestedContrastAgent: Annotated[
        vr.LO | None, Attribute(0x00321070, "LO", "1", None, name="Requested Contrast Agent")
    ] = None
    """Requested Contrast Agent (0032,1070): no Type, VR LO, VM 1. Contrast agent requested for use in the Scheduled Procedure Step."""

    PreMedication: Annotated[
        vr.LO | None, Attribute(0x00400012, "LO", "1", None, name="Pre-Medication")
    ] = None
    """Pre-Medication (0040,0012): no Type, VR LO, VM 1. Medication to be administered at the beginning of the Scheduled Procedure Step, e.g., Nuclear Medicine radiopharmaceutical."""

    AnatomicalOrientationType: Annotated[
        _AnatomicalOrientationTypeValue | None,
        Attribute(
            0x00102210,
            "CS",
            "1",
            None,
            name="Anatomical Orientation Type",
            enumerated=((0, ("BIPED", "QUADRUPED")),),
        ),
    ] = None
    """Anatomical Orientation Type (0010,2210): no Type, VR CS, VM 1. The anatomical orientation type appropriate for this Patient. Enumerated Values: BIPED QUADRUPED"""

    TreatmentSessionUID: Annotated[
        vr.UI | None, Attribute(0x300A0700, "UI", "1", None, name="Treatment Session UID")
    ] = None
    """Treatment Session UID (300A,0700): no Type, VR UI, VM 1. A unique identifier of the RT Treatment Session to which Instances created during this Procedure Step will belong."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AnatomicalOrientationType": (
        "dicomodel.enums.anatomical_orientation_type",
        "AnatomicalOrientationType",
    ),
    "ConceptCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ConceptNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContentItemModifierSequenceItem": ("dicomodel.items.content_item", "ContentItem"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "InstitutionCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "InstitutionalDepartmentTypeCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MeasurementUnitsCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ModalityTerm": ("dicomodel.enums.modality", "ModalityTerm"),
    "PersonIdentificationCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ProtocolContextSequenceItem": (
        "dicomodel.items.protocol_context_sequence_item_scheduled_procedure_step",
        "ProtocolContextSequenceItemScheduledProcedureStep",
    ),
    "ReferencedDefinedProtocolSequenceItem": (
        "dicomodel.items.referenced_defined_protocol_sequence_item_scheduled_procedure_step",
        "ReferencedDefinedProtocolSequenceItemScheduledProcedureStep",
    ),
    "ReferencedPerformedProtocolSequenceItem": (
        "dicomodel.items.referenced_defined_protocol_sequence_item_scheduled_procedure_step",
        "ReferencedDefinedProtocolSequenceItemScheduledProcedureStep",
    ),
    "ReferencedSOPSequenceItem": (
        "dicomodel.items.referenced_sop_sequence_item",
        "ReferencedSOPSequenceItem",
    ),
    "ScheduledPerformingPhysicianIdentificationSequenceItem": (
        "dicomodel.items.person_identification_item",
        "PersonIdentificationItem",
    ),
    "ScheduledProcedureStepStatusTerm": (
        "dicomodel.enums.scheduled_procedure_step_status",
        "ScheduledProcedureStepStatusTerm",
    ),
    "ScheduledProtocolCodeSequenceItem": (
        "dicomodel.items.scheduled_protocol_code_sequence_item_scheduled_procedure_step",
        "ScheduledProtocolCodeSequenceItemScheduledProcedureStep",
    ),
    "ValueType": ("dicomodel.enums.value_type", "ValueType"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
