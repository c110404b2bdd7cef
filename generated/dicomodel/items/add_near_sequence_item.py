"""Item class AddNearSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "AddNearSequenceItem",
]


class AddNearSequenceItem(DicomModel):
    """An item of Add Near Sequence (0046,0100), as first defined in Lensometry Measurements Macro Attributes (C.8.25.8-2)."""

    dicom_name: ClassVar[str] = "Add Near Sequence"
    dicom_table: ClassVar[str] = "table_C.8.25.8-2"

    AddPower: Annotated[vr.FD, Attribute(0x00460104, "FD", "1", "1", name="Add Power")]
    """Add Power (0046,0104): Type 1, VR FD, VM 1. Additional power relative to the distance correction, expressed in diopters, that allows best corrected visual acuity at the defined viewing distance."""

    ViewingDistance: Annotated[
        vr.FD | None, Attribute(0x00460106, "FD", "1", "3", name="Viewing Distance")
    ] = None
    """Viewing Distance (0046,0106): Type 3, VR FD, VM 1. The distance, in cm, for testing visual acuity corresponding to the value of Add Power (0046,0104) in this Sequence."""
