"""Item class ComponentInputSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "ComponentInputSequenceItem",
]


class ComponentInputSequenceItem(DicomModel):
    """An item of Component Input Sequence (0070,1803), as first defined in MPR Volumetric Presentation State Display Module Attributes (C.11.27-1)."""

    dicom_name: ClassVar[str] = "Component Input Sequence"
    dicom_table: ClassVar[str] = "table_C.11.27-1"

    VolumetricPresentationInputIndex: Annotated[
        vr.US, Attribute(0x00701804, "US", "1", "1", name="Volumetric Presentation Input Index")
    ]
    """Volumetric Presentation Input Index (0070,1804): Type 1, VR US, VM 1. Value of Volumetric Presentation Input Number (0070,1207) for this input in the Volumetric Presentation State Input Sequence (0070,1201)."""

    BitsMappedToColorLookupTable: Annotated[
        vr.US | None,
        Attribute(0x00281403, "US", "1", "3", name="Bits Mapped to Color Lookup Table"),
    ] = None
    """Bits Mapped to Color Lookup Table (0028,1403): Type 3, VR US, VM 1. The number of most significant bits of each value of Pixel Data (7FE0,0010) from this frame contributing to the Palette Color Lookup Table input."""
