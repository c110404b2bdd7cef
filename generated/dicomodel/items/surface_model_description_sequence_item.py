"""Item class SurfaceModelDescriptionSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "SurfaceModelDescriptionSequenceItem",
]


class SurfaceModelDescriptionSequenceItem(DicomModel):
    """An item of Surface Model Description Sequence (0068,6360), as first defined in Generic Implant Template 3D Models Module Attributes (C.29.1.3-1)."""

    dicom_name: ClassVar[str] = "Surface Model Description Sequence"
    dicom_table: ClassVar[str] = "table_C.29.1.3-1"

    ReferencedSurfaceNumber: Annotated[
        vr.UL, Attribute(0x0066002C, "UL", "1", "1", name="Referenced Surface Number")
    ]
    """Referenced Surface Number (0066,002C): Type 1, VR UL, VM 1. Reference to a Surface Number (0066,0003) present in Surface Sequence (0066,0002)."""

    SurfaceModelLabel: Annotated[
        vr.LO, Attribute(0x00686380, "LO", "1", "1", name="Surface Model Label")
    ]
    """Surface Model Label (0068,6380): Type 1, VR LO, VM 1. Label for this surface."""
