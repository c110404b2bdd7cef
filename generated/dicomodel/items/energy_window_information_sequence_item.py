"""Item class EnergyWindowInformationSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.energy_window_range_sequence_item import EnergyWindowRangeSequenceItem
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "EnergyWindowInformationSequenceItem",
    "EnergyWindowRangeSequenceItem",
]


class EnergyWindowInformationSequenceItem(DicomModel):
    """An item of Energy Window Information Sequence (0054,0012), as first defined in NM Isotope Module Attributes (C.8-10)."""

    dicom_name: ClassVar[str] = "Energy Window Information Sequence"
    dicom_table: ClassVar[str] = "table_C.8-10"

    EnergyWindowName: Annotated[
        vr.SH | None, Attribute(0x00540018, "SH", "1", "3", name="Energy Window Name")
    ] = None
    """Energy Window Name (0054,0018): Type 3, VR SH, VM 1. A user defined name that describes this Energy Window."""

    EnergyWindowRangeSequence: Annotated[
        list[EnergyWindowRangeSequenceItem] | None,
        Attribute(0x00540013, "SQ", "1", "3", name="Energy Window Range Sequence"),
    ] = None
    """Energy Window Range Sequence (0054,0013): Type 3, VR SQ, VM 1. Sequence of Items that describes this energy window group. One or more Items are permitted in this Sequence."""
