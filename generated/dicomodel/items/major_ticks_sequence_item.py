"""Item class MajorTicksSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "MajorTicksSequenceItem",
]


class MajorTicksSequenceItem(DicomModel):
    """An item of Major Ticks Sequence (0070,0287), as first defined in Graphic Annotation Module Attributes (C.10-5)."""

    dicom_name: ClassVar[str] = "Major Ticks Sequence"
    dicom_table: ClassVar[str] = "table_C.10-5"

    TickPosition: Annotated[vr.FL, Attribute(0x00700288, "FL", "1", "1", name="Tick Position")]
    """Tick Position (0070,0288): Type 1, VR FL, VM 1. The position of the tick in the range 0.0 (start point) to 1.0 (end point)."""

    TickLabel: Annotated[vr.SH, Attribute(0x00700289, "SH", "1", "1", name="Tick Label")]
    """Tick Label (0070,0289): Type 1, VR SH, VM 1. The label of the tick."""
