"""Item class ReferencedRTPlanSequenceItemRTEquipmentMappingAndPlanReference.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.beam_sequence_item import BeamSequenceItem
from dicomodel.model import Attribute, DicomModel


class ReferencedRTPlanSequenceItemRTEquipmentMappingAndPlanReference(DicomModel):
    """An item of Referenced RT Plan Sequence (300C,0002), as first defined in RT Equipment Mapping and Plan Reference Macro Attributes (C.36.2.4.12-1)."""

    dicom_name: ClassVar[str] = "Referenced RT Plan Sequence"
    dicom_table: ClassVar[str] = "table_C.36.2.4.12-1"

    ReferencedSOPClassUID: Annotated[
        vr.UI, Attribute(0x00081150, "UI", "1", "1", name="Referenced SOP Class UID")
    ]
    """Referenced SOP Class UID (0008,1150): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Class."""

    ReferencedSOPInstanceUID: Annotated[
        vr.UI, Attribute(0x00081155, "UI", "1", "1", name="Referenced SOP Instance UID")
    ]
    """Referenced SOP Instance UID (0008,1155): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Instance."""

    ReferencedBeamSequence: Annotated[
        list[BeamSequenceItem] | None,
        Attribute(0x300C0004, "SQ", "1", "3", name="Referenced Beam Sequence"),
    ] = None
    """Referenced Beam Sequence (300C,0004): Type 3, VR SQ, VM 1. Beams in referenced RT Plan Instance that are relevant for the acquisition of this Instance. One or more Items are permitted in this Sequence."""
