"""Item class TwoDMatingFeatureCoordinatesSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "TwoDMatingFeatureCoordinatesSequenceItem",
]


class TwoDMatingFeatureCoordinatesSequenceItem(DicomModel):
    """An item of 2D Mating Feature Coordinates Sequence (0068,6430), as first defined in Generic Implant Template Mating Features Module Attributes (C.29.1.4-1)."""

    dicom_name: ClassVar[str] = "2D Mating Feature Coordinates Sequence"
    dicom_table: ClassVar[str] = "table_C.29.1.4-1"

    ReferencedHPGLDocumentID: Annotated[
        vr.US, Attribute(0x00686440, "US", "1", "1", name="Referenced HPGL Document ID")
    ]
    """Referenced HPGL Document ID (0068,6440): Type 1, VR US, VM 1. Value of the HPGL Document ID (0068,62D0) present in the HPGL Document Sequence (0068,62C0) that contains the 2D Drawing including the Mating Feature. Shall be unique within the Sequence."""

    TwoDMatingPoint: Annotated[
        list[vr.FD], Attribute(0x00686450, "FD", "2", "1", name="2D Mating Point")
    ]
    """2D Mating Point (0068,6450): Type 1, VR FD, VM 2. Origin of the contact system, in HPGL coordinates. See Section C.29.1.4.1.1"""

    TwoDMatingAxes: Annotated[
        list[vr.FD], Attribute(0x00686460, "FD", "4", "1", name="2D Mating Axes")
    ]
    """2D Mating Axes (0068,6460): Type 1, VR FD, VM 4. Direction cosines of the contact system. See Section C.29.1.4.1.1"""
