"""Item class ParametricMapFrameTypeSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "ParametricMapFrameTypeSequenceItem",
]


class ParametricMapFrameTypeSequenceItem(DicomModel):
    """An item of Parametric Map Frame Type Sequence (0040,9092), as first defined in Parametric Map Frame Type Macro Attributes (C.8.32-3)."""

    dicom_name: ClassVar[str] = "Parametric Map Frame Type Sequence"
    dicom_table: ClassVar[str] = "table_PS3.3_C.8.32-3"

    FrameType: Annotated[list[vr.CS], Attribute(0x00089007, "CS", "4-5", "1", name="Frame Type")]
    """Frame Type (0008,9007): Type 1, VR CS, VM 4-5. Type of Frame. A multi-valued Attribute analogous to Image Type (0008,0008). Enumerated Values and Defined Terms are the same as those for the four values of Image Type (0008,0008), except that the value MIXED is not allowed."""
