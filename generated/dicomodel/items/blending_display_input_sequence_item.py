"""Item class BlendingDisplayInputSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "BlendingDisplayInputSequenceItem",
]


class BlendingDisplayInputSequenceItem(DicomModel):
    """An item of Blending Display Input Sequence (0070,1B03), as first defined in Advanced Blending Presentation State Display Module Attributes (C.11.34.1-1)."""

    dicom_name: ClassVar[str] = "Blending Display Input Sequence"
    dicom_table: ClassVar[str] = "table_C.11.34.1-1"

    BlendingInputNumber: Annotated[
        vr.US, Attribute(0x00701B02, "US", "1", "1", name="Blending Input Number")
    ]
    """Blending Input Number (0070,1B02): Type 1, VR US, VM 1. Identification number of the input series to which the Blending information must be applied."""
