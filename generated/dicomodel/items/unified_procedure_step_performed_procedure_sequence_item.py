"""Item class UnifiedProcedureStepPerformedProcedureSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.actual_human_performers_sequence_item import ActualHumanPerformersSequenceItem
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.items.protocol_context_sequence_item import ProtocolContextSequenceItem
from dicomodel.items.referenced_patient_photo_sequence_item import (
    ReferencedPatientPhotoSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class UnifiedProcedureStepPerformedProcedureSequenceItem(DicomModel):
    """An item of Unified Procedure Step Performed Procedure Sequence (0074,1216), as first defined in Unified Procedure Step Performed Procedure Information Module Attributes (C.30.3-1)."""

    dicom_name: ClassVar[str] = "Unified Procedure Step Performed Procedure Sequence"
    dicom_table: ClassVar[str] = "table_C.30.3-1"

    ActualHumanPerformersSequence: Annotated[
        list[ActualHumanPerformersSequenceItem] | None,
        Attribute(0x00404035, "SQ", "1", "3", name="Actual Human Performers Sequence"),
    ] = None
    """Actual Human Performers Sequence (0040,4035): Type -, VR SQ, VM 1. Human performers that are/were actually involved or responsible for performing the Procedure Step. Zero or more Items shall be included in this Sequence. Initially this list will be empty."""

    PerformedStationNameCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem] | None,
        Attribute(0x00404028, "SQ", "1", "3", name="Performed Station Name Code Sequence"),
    ] = None
    """Performed Station Name Code Sequence (0040,4028): Type -, VR SQ, VM 1. Names within the enterprise of the equipment that performed the Procedure Step. This name may be the same as the AE Title, but does not have to be. Zero or more Items shall be included in this Sequence."""

    PerformedStationClassCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem] | None,
        Attribute(0x00404029, "SQ", "1", "3", name="Performed Station Class Code Sequence"),
    ] = None
    """Performed Station Class Code Sequence (0040,4029): Type -, VR SQ, VM 1. Classes of the equipment that created the Procedure Step. Zero or more Items shall be included in this Sequence."""

    PerformedStationGeographicLocationCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem] | None,
        Attribute(
            0x00404030, "SQ", "1", "3", name="Performed Station Geographic Location Code Sequence"
        ),
    ] = None
    """Performed Station Geographic Location Code Sequence (0040,4030): Type -, VR SQ, VM 1. Geographic locations of the equipment that created Procedure Step. Zero or more Items shall be included in this Sequence."""

    PerformedProcedureStepStartDateTime: Annotated[
        vr.DT | None,
        Attribute(0x00404050, "DT", "1", "3", name="Performed Procedure Step Start DateTime"),
    ] = None
    """Performed Procedure Step Start DateTime (0040,4050): Type -, VR DT, VM 1. Date and Time at which the Procedure Step started."""

    PerformedProcedureStepDescription: Annotated[
        vr.LO | None,
        Attribute(0x00400254, "LO", "1", "3", name="Performed Procedure Step Description"),
    ] = None
    """Performed Procedure Step Description (0040,0254): Type -, VR LO, VM 1. Institution-generated description or classification of the Procedure Step that was performed."""

    CommentsOnThePerformedProcedureStep: Annotated[
        vr.ST | None,
        Attribute(0x00400280, "ST", "1", "3", name="Comments on the Performed Procedure Step"),
    ] = None
    """Comments on the Performed Procedure Step (0040,0280): Type -, VR ST, VM 1. User-defined comments on the Performed Procedure Step."""

    PerformedWorkitemCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem] | None,
        Attribute(0x00404019, "SQ", "1", "3", name="Performed Workitem Code Sequence"),
    ] = None
    """Performed Workitem Code Sequence (0040,4019): Type -, VR SQ, VM 1. Zero or more Items shall be present in this Sequence. A Sequence that conveys the type of procedure performed. Zero or more Items shall be present in this Sequence."""

    PerformedProcessingParametersSequence: Annotated[
        list[ProtocolContextSequenceItem] | None,
        Attribute(0x00741212, "SQ", "1", "3", name="Performed Processing Parameters Sequence"),
    ] = None
    """Performed Processing Parameters Sequence (0074,1212): Type -, VR SQ, VM 1. Zero or more Items shall be present in this Sequence. Parameters used to perform the procedure. Zero or more Items shall be present in this Sequence."""

    PerformedProcedureStepEndDateTime: Annotated[
        vr.DT | None,
        Attribute(0x00404051, "DT", "1", "3", name="Performed Procedure Step End DateTime"),
    ] = None
    """Performed Procedure Step End DateTime (0040,4051): Type -, VR DT, VM 1. Date and Time at which the Procedure Step ended."""

    OutputInformationSequence: Annotated[
        list[ReferencedPatientPhotoSequenceItem] | None,
        Attribute(0x00404033, "SQ", "1", "3", name="Output Information Sequence"),
    ] = None
    """Output Information Sequence (0040,4033): Type -, VR SQ, VM 1. References to information created as part of the Procedure Step. Referencing unencapsulated HL7 documents is described further in Section C.12.1.1.6. Zero or more Items shall be included in this Sequence."""
