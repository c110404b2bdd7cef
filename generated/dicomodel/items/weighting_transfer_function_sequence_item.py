"""Item class WeightingTransferFunctionSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "WeightingTransferFunctionSequenceItem",
]


class WeightingTransferFunctionSequenceItem(DicomModel):
    """An item of Weighting Transfer Function Sequence (0070,1806), as first defined in MPR Volumetric Presentation State Display Module Attributes (C.11.27-1)."""

    dicom_name: ClassVar[str] = "Weighting Transfer Function Sequence"
    dicom_table: ClassVar[str] = "table_C.11.27-1"

    LUTDescriptor: Annotated[
        list[vr.US | vr.SS], Attribute(0x00283002, "US or SS", "3", "1", name="LUT Descriptor")
    ]
    """LUT Descriptor (0028,3002): Type 1, VR US or SS, VM 3. Specifies the format of the LUT Data (0028,3006) in this Sequence. The first value (number of entries in the LUT) shall be an even power of two or zero indicating 216, so that there are an even number of bits in the LUT input."""

    LUTData: Annotated[
        list[vr.US | vr.OW], Attribute(0x00283006, "US or OW", "1-n", "1", name="LUT Data")
    ]
    """LUT Data (0028,3006): Type 1, VR US or OW, VM 1-n. LUT Data."""
