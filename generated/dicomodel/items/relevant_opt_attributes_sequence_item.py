"""Item class RelevantOPTAttributesSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "RelevantOPTAttributesSequenceItem",
]


class RelevantOPTAttributesSequenceItem(DicomModel):
    """An item of Relevant OPT Attributes Sequence (0022,1472), as first defined in Ophthalmic Thickness Map Module Attributes (C.8.28.2-1)."""

    dicom_name: ClassVar[str] = "Relevant OPT Attributes Sequence"
    dicom_table: ClassVar[str] = "table_C.8.28.2-1"

    DepthSpatialResolution: Annotated[
        vr.FL, Attribute(0x00220035, "FL", "1", "1", name="Depth Spatial Resolution")
    ]
    """Depth Spatial Resolution (0022,0035): Type 1, VR FL, VM 1. The inherent limiting resolution in µm for depth of the acquisition equipment for high contrast objects for the data gathering and reconstruction technique chosen. If variable, the value at the center of the scanning volume."""

    MaximumDepthDistortion: Annotated[
        vr.FL, Attribute(0x00220036, "FL", "1", "1", name="Maximum Depth Distortion")
    ]
    """Maximum Depth Distortion (0022,0036): Type 1, VR FL, VM 1. Maximum distortion in depth direction in % of Depth Spatial Resolution."""
