"""Presentation State Blending Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.blending_sequence_item import BlendingSequenceItem
from dicomodel.items.referenced_raw_data_sequence_item import ReferencedRawDataSequenceItem
from dicomodel.model import Attribute, DicomModel


class PresentationStateBlendingModule(DicomModel):
    """Presentation State Blending Module Attributes (PS3.3 Table C.11.14-1)."""

    dicom_name: ClassVar[str] = "Presentation State Blending"
    dicom_table: ClassVar[str] = "table_C.11.14-1"

    BlendingSequence: Annotated[
        list[BlendingSequenceItem], Attribute(0x00700402, "SQ", "1", "1", name="Blending Sequence")
    ]
    """Blending Sequence (0070,0402): Type 1, VR SQ, VM 1. A Sequence of Items, one identifying and describing transformations upon a set of underlying grayscale images, and the other identifying and describing transformations upon a set of superimposed grayscale images."""

    RelativeOpacity: Annotated[
        vr.FL, Attribute(0x00700403, "FL", "1", "1", name="Relative Opacity")
    ]
    """Relative Opacity (0070,0403): Type 1, VR FL, VM 1. A value from 0.0 to 1.0 indicating the relative opacity of the pixels of the superimposed image, where 1.0 means that pixels of the superimposed image completely replace the pixels of the underlying image, and 0.0 means that the pixels of t..."""

    ReferencedSpatialRegistrationSequence: Annotated[
        list[ReferencedRawDataSequenceItem] | None,
        Attribute(0x00700404, "SQ", "1", "3", name="Referenced Spatial Registration Sequence"),
    ] = None
    """Referenced Spatial Registration Sequence (0070,0404): Type 3, VR SQ, VM 1. A reference to Spatial Registration Instances that may be used to register the underlying and superimposed images. One or more Items are permitted in this Sequence."""
