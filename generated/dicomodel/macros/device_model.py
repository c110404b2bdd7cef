"""Device Model Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "DeviceModelMacro",
]


class DeviceModelMacro(DicomModel):
    """Device Model Macro Attributes (PS3.3 Table 10.35-1)."""

    dicom_name: ClassVar[str] = "Device Model"
    dicom_table: ClassVar[str] = "table_10.35-1"

    Manufacturer: Annotated[
        vr.LO | None, Attribute(0x00080070, "LO", "1", "2", name="Manufacturer")
    ]
    """Manufacturer (0008,0070): Type 2, VR LO, VM 1. Manufacturer of the device."""

    ManufacturerModelName: Annotated[
        vr.LO | None, Attribute(0x00081090, "LO", "1", "2", name="Manufacturer's Model Name")
    ]
    """Manufacturer's Model Name (0008,1090): Type 2, VR LO, VM 1. Manufacturer's model name of the device."""

    ManufacturerModelVersion: Annotated[
        vr.LO | None, Attribute(0x3010001A, "LO", "1", "2", name="Manufacturer's Model Version")
    ]
    """Manufacturer's Model Version (3010,001A): Type 2, VR LO, VM 1. A version number of the Manufacturer's model of the device."""
