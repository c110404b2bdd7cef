"""Item class RTImageFrameContextSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.rt_image_scope_sequence_item import RTImageScopeSequenceItem
from dicomodel.model import Attribute, DicomModel


class RTImageFrameContextSequenceItem(DicomModel):
    """An item of RT Image Frame Context Sequence (3002,0103), as first defined in RT Image Frame Context Macro Attributes (C.36.2.4.11-1)."""

    dicom_name: ClassVar[str] = "RT Image Frame Context Sequence"
    dicom_table: ClassVar[str] = "table_C.36.2.4.11-1"

    RTImageScopeSequence: Annotated[
        list[RTImageScopeSequenceItem],
        Attribute(0x30020104, "SQ", "1", "1", name="RT Image Scope Sequence"),
    ]
    """RT Image Scope Sequence (3002,0104): Type 1, VR SQ, VM 1. The RT Radiation Instances or the Treatment Position Groups for which the Frame is reconstructed or acquired. Only a single Item shall be included in this Sequence."""

    RTRadiationSetDeliveryNumber: Annotated[
        vr.US | None,
        Attribute(
            0x300A0704,
            "US",
            "1",
            "1C",
            name="RT Radiation Set Delivery Number",
            when=("unknown", "names no attribute: the Frame is related to a specific Fraction"),
        ),
    ] = None
    """RT Radiation Set Delivery Number (300A,0704): Type 1C, VR US, VM 1. Required if the Frame is related to a specific Fraction. Identification of the RT Radiation Set Deliveryof the referenced RT Radiation Set Instance that this frame refers to. Required if the Frame is related to a specific Fraction. See Section C.36.20.1.2."""

    ClinicalFractionNumber: Annotated[
        vr.US | None,
        Attribute(
            0x300A0705,
            "US",
            "1",
            "1C",
            name="Clinical Fraction Number",
            when=("unknown", "names no attribute: the Frame is related to a specific Fraction"),
        ),
    ] = None
    """Clinical Fraction Number (300A,0705): Type 1C, VR US, VM 1. Required if the Frame is related to a specific Fraction. Identification of the RT Treatment Fraction of the referenced RT Radiation Set Instance that this frame refers to. Required if the Frame is related to a specific Fraction. See Section C.36.20.1.2."""
