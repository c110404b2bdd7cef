"""Item class ScheduledProcedureStepSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.enums import anatomical_orientation_type as _anatomical_orientation_type
from dicomodel.enums import modality as _modality
from dicomodel.enums import scheduled_procedure_step_status as _scheduled_procedure_step_status
from dicomodel.items.content_creator_identification_code_sequence_item import (
    ContentCreatorIdentificationCodeSequenceItem,
)
from dicomodel.items.referenced_defined_protocol_sequence_item_scheduled_procedure_step import (
    ReferencedDefinedProtocolSequenceItemScheduledProcedureStep,
)
from dicomodel.items.scheduled_protocol_code_sequence_item import ScheduledProtocolCodeSequenceItem
from dicomodel.model import Attribute, DicomModel


class ScheduledProcedureStepSequenceItem(DicomModel):
    """An item of Scheduled Procedure Step Sequence (0040,0100), as first defined in Scheduled Procedure Step Module Attributes (C.4-10)."""

    dicom_name: ClassVar[str] = "Scheduled Procedure Step Sequence"
    dicom_table: ClassVar[str] = "table_C.4-10"

    ScheduledStationAETitle: Annotated[
        list[vr.AE] | None,
        Attribute(0x00400001, "AE", "1-n", "3", name="Scheduled Station AE Title"),
    ] = None
    """Scheduled Station AE Title (0040,0001): Type -, VR AE, VM 1-n. The AE title of the modality on which the Scheduled Procedure Step is scheduled to be performed."""

    ScheduledStationName: Annotated[
        list[vr.SH] | None, Attribute(0x00400010, "SH", "1-n", "3", name="Scheduled Station Name")
    ] = None
    """Scheduled Station Name (0040,0010): Type -, VR SH, VM 1-n. An institution defined name for the modality on which the Scheduled Procedure Step is scheduled to be performed."""

    ScheduledProcedureStepLocation: Annotated[
        vr.SH | None,
        Attribute(0x00400011, "SH", "1", "3", name="Scheduled Procedure Step Location"),
    ] = None
    """Scheduled Procedure Step Location (0040,0011): Type -, VR SH, VM 1. The location at which the Procedure Step is scheduled to be performed."""

    ReferencedDefinedProtocolSequence: Annotated[
        list[ReferencedDefinedProtocolSequenceItemScheduledProcedureStep] | None,
        Attribute(0x0018990C, "SQ", "1", "3", name="Referenced Defined Protocol Sequence"),
    ] = None
    """Referenced Defined Protocol Sequence (0018,990C): Type -, VR SQ, VM 1. Defined Procedure Protocol Instance(s) specified for the Scheduled Procedure Step."""

    ReferencedPerformedProtocolSequence: Annotated[
        list[ReferencedDefinedProtocolSequenceItemScheduledProcedureStep] | None,
        Attribute(0x0018990D, "SQ", "1", "3", name="Referenced Performed Protocol Sequence"),
    ] = None
    """Referenced Performed Protocol Sequence (0018,990D): Type -, VR SQ, VM 1. Prior Performed Procedure Protocol Instance(s) that is to be repeated for the Scheduled Procedure Step."""

    ScheduledProcedureStepStartDate: Annotated[
        vr.DA | None,
        Attribute(0x00400002, "DA", "1", "3", name="Scheduled Procedure Step Start Date"),
    ] = None
    """Scheduled Procedure Step Start Date (0040,0002): Type -, VR DA, VM 1. Date on which the Scheduled Procedure Step is scheduled to start."""

    ScheduledProcedureStepStartTime: Annotated[
        vr.TM | None,
        Attribute(0x00400003, "TM", "1", "3", name="Scheduled Procedure Step Start Time"),
    ] = None
    """Scheduled Procedure Step Start Time (0040,0003): Type -, VR TM, VM 1. Time at which the Scheduled Procedure Step is scheduled to start."""

    ScheduledProcedureStepEndDate: Annotated[
        vr.DA | None,
        Attribute(0x00400004, "DA", "1", "3", name="Scheduled Procedure Step End Date"),
    ] = None
    """Scheduled Procedure Step End Date (0040,0004): Type -, VR DA, VM 1. Date on which the Scheduled Procedure Step is scheduled to end."""

    ScheduledProcedureStepEndTime: Annotated[
        vr.TM | None,
        Attribute(0x00400005, "TM", "1", "3", name="Scheduled Procedure Step End Time"),
    ] = None
    """Scheduled Procedure Step End Time (0040,0005): Type -, VR TM, VM 1. Time at which the Scheduled Procedure Step is scheduled to end."""

    ScheduledPerformingPhysicianName: Annotated[
        vr.PN | None,
        Attribute(0x00400006, "PN", "1", "3", name="Scheduled Performing Physician's Name"),
    ] = None
    """Scheduled Performing Physician's Name (0040,0006): Type -, VR PN, VM 1. Name of the physician scheduled to administer the Scheduled Procedure Step."""

    ScheduledPerformingPhysicianIdentificationSequence: Annotated[
        list[ContentCreatorIdentificationCodeSequenceItem] | None,
        Attribute(
            0x0040000B,
            "SQ",
            "1",
            "3",
            name="Scheduled Performing Physician Identification Sequence",
        ),
    ] = None
    """Scheduled Performing Physician Identification Sequence (0040,000B): Type -, VR SQ, VM 1. Identification of the physician scheduled to administer the Scheduled Procedure Step. Only a single Item shall be included in this Sequence."""

    ScheduledProcedureStepDescription: Annotated[
        vr.LO | None,
        Attribute(0x00400007, "LO", "1", "3", name="Scheduled Procedure Step Description"),
    ] = None
    """Scheduled Procedure Step Description (0040,0007): Type -, VR LO, VM 1. Institution-generated description or classification of the Scheduled Procedure Step to be performed. The purpose of this Attribute is to store a description or classification that is used at a local level (e.g., a hospital or a managed care..."""

    ScheduledProtocolCodeSequence: Annotated[
        list[ScheduledProtocolCodeSequenceItem] | None,
        Attribute(0x00400008, "SQ", "1", "3", name="Scheduled Protocol Code Sequence"),
    ] = None
    """Scheduled Protocol Code Sequence (0040,0008): Type -, VR SQ, VM 1. Sequence describing the Scheduled Protocol following a specified coding scheme. One or more Items shall be included in this Sequence."""

    ScheduledProcedureStepID: Annotated[
        vr.SH | None, Attribute(0x00400009, "SH", "1", "3", name="Scheduled Procedure Step ID")
    ] = None
    """Scheduled Procedure Step ID (0040,0009): Type -, VR SH, VM 1. Identifier that identifies the Scheduled Procedure Step."""

    ScheduledProcedureStepStatus: Annotated[
        _scheduled_procedure_step_status.ScheduledProcedureStepStatusTerm | vr.CS | None,
        Attribute(0x00400020, "CS", "1", "3", name="Scheduled Procedure Step Status"),
    ] = None
    """Scheduled Procedure Step Status (0040,0020): Type -, VR CS, VM 1. A Real World condition that may affect the selection of the Scheduled Procedure Step. Defined Terms: SCHEDULED Procedure Step scheduled ARRIVED Patient is available for the Scheduled Procedure Step READY all Patient and other necessary prep..."""

    CommentsOnTheScheduledProcedureStep: Annotated[
        vr.LT | None,
        Attribute(0x00400400, "LT", "1", "3", name="Comments on the Scheduled Procedure Step"),
    ] = None
    """Comments on the Scheduled Procedure Step (0040,0400): Type -, VR LT, VM 1. User-defined comments on the Scheduled Procedure Step. The Comments Attribute is intended to transmit non-structured information, which can be displayed to the operator of the Modality."""

    Modality: Annotated[
        _modality.ModalityTerm | vr.CS | None,
        Attribute(0x00080060, "CS", "1", "3", name="Modality"),
    ] = None
    """Modality (0008,0060): Type -, VR CS, VM 1. Type of device, process or method for which the Scheduled Procedure Step is scheduled. See Section C.7.3.1.1.1 for Defined Terms."""

    RequestedContrastAgent: Annotated[
        vr.LO | None, Attribute(0x00321070, "LO", "1", "3", name="Requested Contrast Agent")
    ] = None
    """Requested Contrast Agent (0032,1070): Type -, VR LO, VM 1. Contrast agent requested for use in the Scheduled Procedure Step."""

    PreMedication: Annotated[
        vr.LO | None, Attribute(0x00400012, "LO", "1", "3", name="Pre-Medication")
    ] = None
    """Pre-Medication (0040,0012): Type -, VR LO, VM 1. Medication to be administered at the beginning of the Scheduled Procedure Step, e.g., Nuclear Medicine radiopharmaceutical."""

    AnatomicalOrientationType: Annotated[
        _anatomical_orientation_type.AnatomicalOrientationType | None,
        Attribute(
            0x00102210,
            "CS",
            "1",
            "3",
            name="Anatomical Orientation Type",
            enumerated=((0, ("BIPED", "QUADRUPED")),),
        ),
    ] = None
    """Anatomical Orientation Type (0010,2210): Type -, VR CS, VM 1. The anatomical orientation type appropriate for this Patient. Enumerated Values: BIPED QUADRUPED"""

    TreatmentSessionUID: Annotated[
        vr.UI | None, Attribute(0x300A0700, "UI", "1", "3", name="Treatment Session UID")
    ] = None
    """Treatment Session UID (300A,0700): Type -, VR UI, VM 1. A unique identifier of the RT Treatment Session to which Instances created during this Procedure Step will belong."""
