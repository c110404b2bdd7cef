"""Item class PixelMeasuresSequenceItem.

Generated from DICOM 2099a; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "PixelMeasuresSequenceItem",
]


class PixelMeasuresSequenceItem(DicomModel):
    """An item of PixelMeasuresSequence (0028,9110), as first defined in Pixel Measures Macro Attributes (M-1)."""

    dicom_name: ClassVar[str] = "PixelMeasuresSequence"
    dicom_table: ClassVar[str] = "table_M-1"

    PixelSpacing: Annotated[list[vr.DS], Attribute(0x00280030, "DS", "2", "1", name="PixelSpacing")]
    """PixelSpacing (0028,0030): Type 1, VR DS, VM 2."""
