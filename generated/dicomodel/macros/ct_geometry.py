"""CT Geometry Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.ct_geometry_sequence_item import CTGeometrySequenceItem
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "CTGeometryMacro",
    "CTGeometrySequenceItem",
]


class CTGeometryMacro(DicomModel):
    """CT Geometry Macro Attributes (PS3.3 Table C.8-122)."""

    dicom_name: ClassVar[str] = "CT Geometry"
    dicom_table: ClassVar[str] = "table_C.8-122"

    CTGeometrySequence: Annotated[
        list[CTGeometrySequenceItem],
        Attribute(0x00189312, "SQ", "1", "1", name="CT Geometry Sequence"),
    ]
    """CT Geometry Sequence (0018,9312): Type 1, VR SQ, VM 1. Contains the Attributes defining the CT geometry. If Multi-energy CT Acquisition (0018,9361) is NO or is absent, only a single Item shall be included in this Sequence."""
