"""Item class UDIItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "UDIItem",
]


class UDIItem(DicomModel):
    """An item of UDI Sequence (0018,100A), as first defined in Device Identification Macro Attributes (10.36-1)."""

    dicom_name: ClassVar[str] = "UDI Sequence"
    dicom_table: ClassVar[str] = "table_10.36-1"

    UniqueDeviceIdentifier: Annotated[
        vr.UT, Attribute(0x00181009, "UT", "1", "1", name="Unique Device Identifier")
    ]
    """Unique Device Identifier (0018,1009): Type 1, VR UT, VM 1. The entire Human Readable Form of the UDI as defined by the Issuing Agency. See Section 10.29.1."""

    DeviceDescription: Annotated[
        vr.LO | None, Attribute(0x00500020, "LO", "1", "3", name="Device Description")
    ] = None
    """Device Description (0050,0020): Type 3, VR LO, VM 1. Further description in free form text describing the device. This can be used to distinguish between Items when multiple UDIs are recorded in a Sequence."""
