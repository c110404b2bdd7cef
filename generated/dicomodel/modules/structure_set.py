"""Structure Set Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.referenced_frame_of_reference_sequence_item import (
    ReferencedFrameOfReferenceSequenceItem,
)
from dicomodel.items.referenced_instance_sequence_item import ReferencedInstanceSequenceItem
from dicomodel.items.source_series_information_sequence_item import (
    SourceSeriesInformationSequenceItem,
)
from dicomodel.items.structure_set_roi_sequence_item import StructureSetROISequenceItem
from dicomodel.model import Attribute, DicomModel


class StructureSetModule(DicomModel):
    """Structure Set Module Attributes (PS3.3 Table C.8-41)."""

    dicom_name: ClassVar[str] = "Structure Set"
    dicom_table: ClassVar[str] = "table_C.8-41"

    StructureSetLabel: Annotated[
        vr.SH, Attribute(0x30060002, "SH", "1", "1", name="Structure Set Label")
    ]
    """Structure Set Label (3006,0002): Type 1, VR SH, VM 1. User-defined label for Structure Set."""

    StructureSetName: Annotated[
        vr.LO | None, Attribute(0x30060004, "LO", "1", "3", name="Structure Set Name")
    ] = None
    """Structure Set Name (3006,0004): Type 3, VR LO, VM 1. User-defined name for Structure Set."""

    StructureSetDescription: Annotated[
        vr.ST | None, Attribute(0x30060006, "ST", "1", "3", name="Structure Set Description")
    ] = None
    """Structure Set Description (3006,0006): Type 3, VR ST, VM 1. User-defined description for Structure Set."""

    InstanceNumber: Annotated[
        vr.IS | None, Attribute(0x00200013, "IS", "1", "3", name="Instance Number")
    ] = None
    """Instance Number (0020,0013): Type 3, VR IS, VM 1. A number that identifies this object Instance."""

    StructureSetDate: Annotated[
        vr.DA | None, Attribute(0x30060008, "DA", "1", "2", name="Structure Set Date")
    ]
    """Structure Set Date (3006,0008): Type 2, VR DA, VM 1. Date at which the content of the Structure Set was last modified."""

    StructureSetTime: Annotated[
        vr.TM | None, Attribute(0x30060009, "TM", "1", "2", name="Structure Set Time")
    ]
    """Structure Set Time (3006,0009): Type 2, VR TM, VM 1. Time at which the content of the Structure Set was last modified."""

    ReferencedFrameOfReferenceSequence: Annotated[
        list[ReferencedFrameOfReferenceSequenceItem] | None,
        Attribute(0x30060010, "SQ", "1", "3", name="Referenced Frame of Reference Sequence"),
    ] = None
    """Referenced Frame of Reference Sequence (3006,0010): Type 3, VR SQ, VM 1. Sequence describing Frames of Reference in which the ROIs are defined. One or more Items are permitted in this Sequence. See Section C.8.8.5.1."""

    SourceSeriesInformationSequence: Annotated[
        list[SourceSeriesInformationSequenceItem] | None,
        Attribute(0x3006004C, "SQ", "1", "3", name="Source Series Information Sequence"),
    ] = None
    """Source Series Information Sequence (3006,004C): Type 3, VR SQ, VM 1. Information about Image Series that are sources of ROIs in this Instance. This also includes Series present in the RT Referenced Series Sequence (3006,0014)."""

    StructureSetROISequence: Annotated[
        list[StructureSetROISequenceItem],
        Attribute(0x30060020, "SQ", "1", "1", name="Structure Set ROI Sequence"),
    ]
    """Structure Set ROI Sequence (3006,0020): Type 1, VR SQ, VM 1. ROIs for current Structure Set. One or more Items shall be included in this Sequence."""

    PredecessorStructureSetSequence: Annotated[
        list[ReferencedInstanceSequenceItem] | None,
        Attribute(0x30060018, "SQ", "1", "3", name="Predecessor Structure Set Sequence"),
    ] = None
    """Predecessor Structure Set Sequence (3006,0018): Type 3, VR SQ, VM 1. The Structure Set that has been used to derive the current Structure Set. Only a single Item is permitted in this Sequence."""
