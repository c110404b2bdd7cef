"""Unified Procedure Step Scheduled Procedure Information Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.enums import input_readiness_state as _input_readiness_state
from dicomodel.enums import scheduled_procedure_step_priority as _scheduled_procedure_step_priority
from dicomodel.items.actual_human_performers_sequence_item import ActualHumanPerformersSequenceItem
from dicomodel.items.output_destination_sequence_item import OutputDestinationSequenceItem
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.items.protocol_context_sequence_item import ProtocolContextSequenceItem
from dicomodel.items.referenced_patient_photo_sequence_item import (
    ReferencedPatientPhotoSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class UnifiedProcedureStepScheduledProcedureInformationModule(DicomModel):
    """Unified Procedure Step Scheduled Procedure Information Module Attributes (PS3.3 Table C.30.2-1)."""

    dicom_name: ClassVar[str] = "Unified Procedure Step Scheduled Procedure Information"
    dicom_table: ClassVar[str] = "table_C.30.2-1"

    ScheduledProcedureStepPriority: Annotated[
        _scheduled_procedure_step_priority.ScheduledProcedureStepPriority | None,
        Attribute(
            0x00741200,
            "CS",
            "1",
            "3",
            name="Scheduled Procedure Step Priority",
            enumerated=((0, ("HIGH", "MEDIUM", "LOW")),),
        ),
    ] = None
    """Scheduled Procedure Step Priority (0074,1200): Type -, VR CS, VM 1. Priority of the scheduled Procedure Step Enumerated Values: HIGH used to indicate an urgent or emergent work item, equivalent to a STAT request. MEDIUM used to indicate a work item that has a priority less than HIGH and higher than LOW."""

    ScheduledProcedureStepModificationDateTime: Annotated[
        vr.DT | None,
        Attribute(
            0x00404010, "DT", "1", "3", name="Scheduled Procedure Step Modification Date and Time"
        ),
    ] = None
    """Scheduled Procedure Step Modification Date and Time (0040,4010): Type -, VR DT, VM 1. Date and time when the Scheduled Procedure Information was last modified or first created (whichever is most recent). This Attribute should be automatically updated by the worklist management system whenever any modification is made to Unif..."""

    WorklistLabel: Annotated[
        vr.LO | None, Attribute(0x00741202, "LO", "1", "3", name="Worklist Label")
    ] = None
    """Worklist Label (0074,1202): Type -, VR LO, VM 1. A label identifying the worklist to which the Procedure Step Instance belongs."""

    ProcedureStepLabel: Annotated[
        vr.LO | None, Attribute(0x00741204, "LO", "1", "3", name="Procedure Step Label")
    ] = None
    """Procedure Step Label (0074,1204): Type -, VR LO, VM 1. A label describing the task of the Procedure Step in text appropriate for displaying in the user selection interface."""

    CommentsOnTheScheduledProcedureStep: Annotated[
        vr.LT | None,
        Attribute(0x00400400, "LT", "1", "3", name="Comments on the Scheduled Procedure Step"),
    ] = None
    """Comments on the Scheduled Procedure Step (0040,0400): Type -, VR LT, VM 1. User-defined comments on the scheduled Procedure Step."""

    ScheduledStationNameCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem] | None,
        Attribute(0x00404025, "SQ", "1", "3", name="Scheduled Station Name Code Sequence"),
    ] = None
    """Scheduled Station Name Code Sequence (0040,4025): Type -, VR SQ, VM 1. Identifying names within the enterprise of the equipment for which the Procedure Step is scheduled. The names conveyed in Code Value (0008,0100) may be the same as the AE Titles, but do not have to be."""

    ScheduledStationClassCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem] | None,
        Attribute(0x00404026, "SQ", "1", "3", name="Scheduled Station Class Code Sequence"),
    ] = None
    """Scheduled Station Class Code Sequence (0040,4026): Type -, VR SQ, VM 1. Classes of the equipment for which the Procedure Step is scheduled. Zero or more Items shall be included in this Sequence."""

    ScheduledStationGeographicLocationCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem] | None,
        Attribute(
            0x00404027, "SQ", "1", "3", name="Scheduled Station Geographic Location Code Sequence"
        ),
    ] = None
    """Scheduled Station Geographic Location Code Sequence (0040,4027): Type -, VR SQ, VM 1. Geographic locations of the equipment for which the Procedure Step is scheduled. Zero or more Items shall be included in this Sequence."""

    ScheduledHumanPerformersSequence: Annotated[
        list[ActualHumanPerformersSequenceItem] | None,
        Attribute(0x00404034, "SQ", "1", "3", name="Scheduled Human Performers Sequence"),
    ] = None
    """Scheduled Human Performers Sequence (0040,4034): Type -, VR SQ, VM 1. Human performers that are scheduled to be involved or responsible for performing the Procedure Step. Zero or more Items shall be included in this Sequence."""

    ScheduledProcedureStepStartDateTime: Annotated[
        vr.DT | None,
        Attribute(0x00404005, "DT", "1", "3", name="Scheduled Procedure Step Start DateTime"),
    ] = None
    """Scheduled Procedure Step Start DateTime (0040,4005): Type -, VR DT, VM 1. Date and time at which the Procedure Step is scheduled to start."""

    ExpectedCompletionDateTime: Annotated[
        vr.DT | None, Attribute(0x00404011, "DT", "1", "3", name="Expected Completion DateTime")
    ] = None
    """Expected Completion DateTime (0040,4011): Type -, VR DT, VM 1. Date and time at which the Procedure Step is expected to be completed."""

    ScheduledProcedureStepExpirationDateTime: Annotated[
        vr.DT | None,
        Attribute(0x00404008, "DT", "1", "3", name="Scheduled Procedure Step Expiration DateTime"),
    ] = None
    """Scheduled Procedure Step Expiration DateTime (0040,4008): Type -, VR DT, VM 1. Date and time after which the Procedure Step is meaningless or undesirable."""

    ScheduledWorkitemCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem] | None,
        Attribute(0x00404018, "SQ", "1", "3", name="Scheduled Workitem Code Sequence"),
    ] = None
    """Scheduled Workitem Code Sequence (0040,4018): Type -, VR SQ, VM 1. Coded description of the Procedure Step. Only a single Item shall be included in this Sequence."""

    ScheduledProcessingParametersSequence: Annotated[
        list[ProtocolContextSequenceItem] | None,
        Attribute(0x00741210, "SQ", "1", "3", name="Scheduled Processing Parameters Sequence"),
    ] = None
    """Scheduled Processing Parameters Sequence (0074,1210): Type -, VR SQ, VM 1. Processing parameters to be used by the performing system when carrying out the Procedure Step. Zero or more Items shall be included in this Sequence."""

    InputReadinessState: Annotated[
        _input_readiness_state.InputReadinessState | None,
        Attribute(
            0x00404041,
            "CS",
            "1",
            "3",
            name="Input Readiness State",
            enumerated=((0, ("INCOMPLETE", "UNAVAILABLE", "READY")),),
        ),
    ] = None
    """Input Readiness State (0040,4041): Type -, VR CS, VM 1. Readiness state of the Input Information Sequence (0040,4021) and the referenced Instances. Enumerated Values: INCOMPLETE The Input Information Sequence is not yet complete and additional Instance references might be added."""

    InputInformationSequence: Annotated[
        list[ReferencedPatientPhotoSequenceItem] | None,
        Attribute(0x00404021, "SQ", "1", "3", name="Input Information Sequence"),
    ] = None
    """Input Information Sequence (0040,4021): Type -, VR SQ, VM 1. References to Information Objects needed to perform the scheduled Procedure Step. Referencing unencapsulated HL7 documents is described further in Section C.12.1.1.6. See also Input Readiness State (0040,4041)."""

    StudyInstanceUID: Annotated[
        vr.UI | None, Attribute(0x0020000D, "UI", "1", "3", name="Study Instance UID")
    ] = None
    """Study Instance UID (0020,000D): Type -, VR UI, VM 1. Unique Study identification that shall be used for the created Composite SOP Instances resulting from this Unified Procedure Step."""

    OutputDestinationSequence: Annotated[
        list[OutputDestinationSequenceItem] | None,
        Attribute(0x00404070, "SQ", "1", "3", name="Output Destination Sequence"),
    ] = None
    """Output Destination Sequence (0040,4070): Type -, VR SQ, VM 1. The destination to which the performer is requested to store the output objects generated Zero or more Items shall be included in this Sequence. Each Item constitutes a separate storage request."""

    TreatmentSessionUID: Annotated[
        vr.UI | None, Attribute(0x300A0700, "UI", "1", "3", name="Treatment Session UID")
    ] = None
    """Treatment Session UID (300A,0700): Type -, VR UI, VM 1. A unique identifier of the RT Treatment Session to which Instances created during this Procedure Step will belong."""
