"""Item class MREchoSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "MREchoSequenceItem",
]


class MREchoSequenceItem(DicomModel):
    """An item of MR Echo Sequence (0018,9114), as first defined in MR Echo Macro Attributes (C.8-91)."""

    dicom_name: ClassVar[str] = "MR Echo Sequence"
    dicom_table: ClassVar[str] = "table_C.8-91"

    EffectiveEchoTime: Annotated[
        vr.FD | None,
        Attribute(
            0x00189082,
            "FD",
            "1",
            "1C",
            name="Effective Echo Time",
            when=("value", 0x00089007, 1, "in", ("ORIGINAL",)),
            otherwise="may",
        ),
    ] = None
    """Effective Echo Time (0018,9082): Type 1C, VR FD, VM 1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL. May be present otherwise. The time in ms between the middle of the excitation pulse and the peak of the echo produced for kx=0. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL. May be present otherwise."""
