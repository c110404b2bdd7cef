"""Enhanced US Series Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.enums import modality as _modality
from dicomodel.enums import performed_protocol_type as _performed_protocol_type
from dicomodel.items.referenced_instance_sequence_item import ReferencedInstanceSequenceItem
from dicomodel.items.scheduled_protocol_code_sequence_item import ScheduledProtocolCodeSequenceItem
from dicomodel.model import Attribute, DicomModel


class EnhancedUSSeriesModule(DicomModel):
    """Enhanced US Series Module Attributes (PS3.3 Table C.8.24.1-1)."""

    dicom_name: ClassVar[str] = "Enhanced US Series"
    dicom_table: ClassVar[str] = "table_C.8.24.1-1"

    Modality: Annotated[
        _modality.ModalityEnhancedUSSeries,
        Attribute(0x00080060, "CS", "1", "1", name="Modality", enumerated=((0, ("US", "IVUS")),)),
    ]
    """Modality (0008,0060): Type 1, VR CS, VM 1. Type of device, process or method that originally acquired the data used to create the images in this Series. Enumerated Values: US IVUS See Section C.7.3.1.1.1 for further explanation."""

    ReferencedPerformedProcedureStepSequence: Annotated[
        list[ReferencedInstanceSequenceItem] | None,
        Attribute(
            0x00081111,
            "SQ",
            "1",
            "1C",
            name="Referenced Performed Procedure Step Sequence",
            when=(
                "unknown",
                "names no attribute: a Performed Procedure Step SOP Class was involved in the creation of this Series",
            ),
        ),
    ] = None
    """Referenced Performed Procedure Step Sequence (0008,1111): Type 1C, VR SQ, VM 1. Required if a Performed Procedure Step SOP Class was involved in the creation of this Series. Uniquely identifies the Performed Procedure Step SOP Instance to which the Series is related. Only a single Item shall be included in this Sequence."""

    PerformedProtocolCodeSequence: Annotated[
        list[ScheduledProtocolCodeSequenceItem] | None,
        Attribute(
            0x00400260,
            "SQ",
            "1",
            "1C",
            name="Performed Protocol Code Sequence",
            when=(
                "unknown",
                "names no attribute: a Protocol is controlling the creation of this Series",
            ),
            otherwise="may",
        ),
    ] = None
    """Performed Protocol Code Sequence (0040,0260): Type 1C, VR SQ, VM 1. Required if a Protocol is controlling the creation of this Series. May be present otherwise. Sequence describing a Protocol being followed for this Procedure Step. Only a single Item shall be included in this Sequence. Required if a Protocol is controlling the creation of this Series. May be present otherwise."""

    PerformedProtocolType: Annotated[
        _performed_protocol_type.PerformedProtocolType | None,
        Attribute(
            0x00400261,
            "CS",
            "1",
            "1C",
            name="Performed Protocol Type",
            enumerated=((0, ("STAGED", "NON_STAGED")),),
            when=("present", 0x00400260),
        ),
    ] = None
    """Performed Protocol Type (0040,0261): Type 1C, VR CS, VM 1. Required if Performed Protocol Code Sequence (0040,0260) is present. Type of protocol performed. Enumerated Values: STAGED NON_STAGED Required if Performed Protocol Code Sequence (0040,0260) is present."""
