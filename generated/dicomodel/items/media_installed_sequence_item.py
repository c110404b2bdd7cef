"""Item class MediaInstalledSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "MediaInstalledSequenceItem",
]


class MediaInstalledSequenceItem(DicomModel):
    """An item of Media Installed Sequence (2000,00A2), as first defined in Printer Configuration Module Attributes (C.13-13)."""

    dicom_name: ClassVar[str] = "Media Installed Sequence"
    dicom_table: ClassVar[str] = "table_C.13-13"

    ItemNumber: Annotated[
        vr.IS | None, Attribute(0x00200019, "IS", "1", None, name="Item Number")
    ] = None
    """Item Number (0020,0019): no Type, VR IS, VM 1. A number that labels this Item. Each Item in the Sequence shall have a unique number."""

    MediumType: Annotated[
        vr.CS | None, Attribute(0x20000030, "CS", "1", None, name="Medium Type")
    ] = None
    """Medium Type (2000,0030): no Type, VR CS, VM 1. See Section C.13.1"""

    FilmSizeID: Annotated[
        vr.CS | None, Attribute(0x20100050, "CS", "1", None, name="Film Size ID")
    ] = None
    """Film Size ID (2010,0050): no Type, VR CS, VM 1. See Section C.13.3"""

    MinDensity: Annotated[
        vr.US | None, Attribute(0x20100120, "US", "1", None, name="Min Density")
    ] = None
    """Min Density (2010,0120): no Type, VR US, VM 1. Minimum density that can be printed, expressed in hundredths of OD."""

    MaxDensity: Annotated[
        vr.US | None, Attribute(0x20100130, "US", "1", None, name="Max Density")
    ] = None
    """Max Density (2010,0130): no Type, VR US, VM 1. Maximum density that can be printed, expressed in hundredths of OD."""
