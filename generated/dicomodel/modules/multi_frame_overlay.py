"""Multi-frame Overlay Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "MultiFrameOverlayModule",
]


class MultiFrameOverlayModule(DicomModel):
    """Multi-frame Overlay Module Attributes (PS3.3 Table C.9-3)."""

    dicom_name: ClassVar[str] = "Multi-frame Overlay"
    dicom_table: ClassVar[str] = "table_C.9-3"

    NumberOfFramesInOverlay: Annotated[
        vr.IS, Attribute(0x60000015, "IS", "1", "1", name="Number of Frames in Overlay")
    ]
    """Number of Frames in Overlay (60xx,0015): Type 1, VR IS, VM 1. Number of Frames in Overlay."""

    ImageFrameOrigin: Annotated[
        vr.US | None,
        Attribute(
            0x60000051,
            "US",
            "1",
            "1C",
            name="Image Frame Origin",
            when=("unknown", "depends on the multi-frame structure of the pixel data"),
            otherwise="may",
        ),
    ] = None
    """Image Frame Origin (60xx,0051): Type 1C, VR US, VM 1. Required if the starting Image frame number to which this Multi-frame Overlay corresponds is not 1. May be present otherwise. Frame number of Multi-frame Image to which this Overlay applies; frames are numbered from 1. Required if the starting Image frame number to which this Multi-frame Overlay corresponds is not 1. May be present otherwise."""
