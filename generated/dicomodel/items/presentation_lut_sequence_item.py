"""Item class PresentationLUTSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "PresentationLUTSequenceItem",
]


class PresentationLUTSequenceItem(DicomModel):
    """An item of Presentation LUT Sequence (2050,0010), as first defined in Presentation LUT Module Attributes (C.11-4)."""

    dicom_name: ClassVar[str] = "Presentation LUT Sequence"
    dicom_table: ClassVar[str] = "table_C.11-4"

    LUTDescriptor: Annotated[
        list[vr.US | vr.SS] | None,
        Attribute(
            0x00283002, "US or SS", "3", None, name="LUT Descriptor", when=("present", 0x20500010)
        ),
    ] = None
    """LUT Descriptor (0028,3002): no Type, VR US or SS, VM 3. Required if Presentation LUT Sequence (2050,0010) is present. Specifies the format of the LUT Data in this Sequence. Required if Presentation LUT Sequence (2050,0010) is present. See Section C.11.4.1 for further explanation."""

    LUTExplanation: Annotated[
        vr.LO | None, Attribute(0x00283003, "LO", "1", None, name="LUT Explanation")
    ] = None
    """LUT Explanation (0028,3003): no Type, VR LO, VM 1. Free form text explanation of the meaning of the LUT."""

    LUTData: Annotated[
        list[vr.US | vr.OW] | None, Attribute(0x00283006, "US or OW", "1-n", None, name="LUT Data")
    ] = None
    """LUT Data (0028,3006): no Type, VR US or OW, VM 1-n. LUT Data in this Sequence."""
