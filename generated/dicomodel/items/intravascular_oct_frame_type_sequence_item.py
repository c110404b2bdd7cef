"""Item class IntravascularOCTFrameTypeSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "IntravascularOCTFrameTypeSequenceItem",
]


class IntravascularOCTFrameTypeSequenceItem(DicomModel):
    """An item of Intravascular OCT Frame Type Sequence (0052,0025), as first defined in Intravascular OCT Frame Type Macro Attributes (C.8.27.6.1-1)."""

    dicom_name: ClassVar[str] = "Intravascular OCT Frame Type Sequence"
    dicom_table: ClassVar[str] = "table_C.8.27.6.1-1"

    FrameType: Annotated[
        list[vr.CS],
        Attribute(
            0x00089007,
            "CS",
            "4-5",
            "1",
            name="Frame Type",
            enumerated=((1, ("ORIGINAL", "DERIVED", "MIXED")), (2, ("PRIMARY",)), (4, ("NONE",))),
        ),
    ]
    """Frame Type (0008,9007): Type 1, VR CS, VM 4-5. Type of Frame. A multi-valued Attribute analogous to Image Type (0008,0008). Enumerated Values and Defined Terms are the same as those for the four values of Image Type (0008,0008), except that the value MIXED is not allowed."""
