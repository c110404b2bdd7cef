"""Item class VOILUTSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "VOILUTSequenceItem",
]


class VOILUTSequenceItem(DicomModel):
    """An item of VOI LUT Sequence (0028,3010), as first defined in Frame VOI LUT with LUT Macro Attributes (C.7.6.16-11b)."""

    dicom_name: ClassVar[str] = "VOI LUT Sequence"
    dicom_table: ClassVar[str] = "table_C.7.6.16-11b"

    LUTDescriptor: Annotated[
        list[vr.US | vr.SS], Attribute(0x00283002, "US or SS", "3", "1", name="LUT Descriptor")
    ]
    """LUT Descriptor (0028,3002): Type 1, VR US or SS, VM 3. Specifies the format of the LUT Data in this Sequence. See Section C.11.2.1.1 for further explanation."""

    LUTExplanation: Annotated[
        vr.LO | None, Attribute(0x00283003, "LO", "1", "3", name="LUT Explanation")
    ] = None
    """LUT Explanation (0028,3003): Type 3, VR LO, VM 1. Free form text explanation of the meaning of the LUT."""

    LUTData: Annotated[
        list[vr.US | vr.OW], Attribute(0x00283006, "US or OW", "1-n", "1", name="LUT Data")
    ]
    """LUT Data (0028,3006): Type 1, VR US or OW, VM 1-n. LUT Data in this Sequence."""
