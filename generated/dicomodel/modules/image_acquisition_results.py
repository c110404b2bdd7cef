"""Image Acquisition Results Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.enums import modality as _modality
from dicomodel.items.performed_series_sequence_item import PerformedSeriesSequenceItem
from dicomodel.items.scheduled_protocol_code_sequence_item import ScheduledProtocolCodeSequenceItem
from dicomodel.model import Attribute, DicomModel


class ImageAcquisitionResultsModule(DicomModel):
    """Image Acquisition Results Module Attributes (PS3.3 Table C.4-15)."""

    dicom_name: ClassVar[str] = "Image Acquisition Results"
    dicom_table: ClassVar[str] = "table_C.4-15"

    Modality: Annotated[
        _modality.ModalityTerm | vr.CS | None,
        Attribute(0x00080060, "CS", "1", "3", name="Modality"),
    ] = None
    """Modality (0008,0060): Type -, VR CS, VM 1. Type of device, process or method that originally acquired the data used to create the Instances associated with this Modality Performed Procedure Step. See Section C.7.3.1.1.1 for Defined Terms."""

    StudyID: Annotated[vr.SH | None, Attribute(0x00200010, "SH", "1", "3", name="Study ID")] = None
    """Study ID (0020,0010): Type -, VR SH, VM 1. User or equipment generated Study Identifier."""

    PerformedProtocolCodeSequence: Annotated[
        list[ScheduledProtocolCodeSequenceItem] | None,
        Attribute(0x00400260, "SQ", "1", "3", name="Performed Protocol Code Sequence"),
    ] = None
    """Performed Protocol Code Sequence (0040,0260): Type -, VR SQ, VM 1. Sequence describing the Protocol performed for this Procedure Step. Zero or more Items shall be included in this Sequence."""

    PerformedSeriesSequence: Annotated[
        list[PerformedSeriesSequenceItem] | None,
        Attribute(0x00400340, "SQ", "1", "3", name="Performed Series Sequence"),
    ] = None
    """Performed Series Sequence (0040,0340): Type -, VR SQ, VM 1. Attributes of the Series that comprise this Modality Performed Procedure Step. Zero or more Items shall be included in this Sequence."""
