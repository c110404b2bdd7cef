"""Enhanced General Equipment Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "EnhancedGeneralEquipmentModule",
]


class EnhancedGeneralEquipmentModule(DicomModel):
    """Enhanced General Equipment Module Attributes (PS3.3 Table C.7-8b)."""

    dicom_name: ClassVar[str] = "Enhanced General Equipment"
    dicom_table: ClassVar[str] = "table_C.7-8b"

    Manufacturer: Annotated[vr.LO, Attribute(0x00080070, "LO", "1", "1", name="Manufacturer")]
    """Manufacturer (0008,0070): Type 1, VR LO, VM 1. Manufacturer of the equipment that produced the Composite Instances."""

    ManufacturerModelName: Annotated[
        vr.LO, Attribute(0x00081090, "LO", "1", "1", name="Manufacturer's Model Name")
    ]
    """Manufacturer's Model Name (0008,1090): Type 1, VR LO, VM 1. Manufacturer's model name of the equipment that produced the Composite Instances."""

    DeviceSerialNumber: Annotated[
        vr.LO, Attribute(0x00181000, "LO", "1", "1", name="Device Serial Number")
    ]
    """Device Serial Number (0018,1000): Type 1, VR LO, VM 1. Manufacturer's serial number of the equipment that produced the Composite Instances."""

    SoftwareVersions: Annotated[
        list[vr.LO], Attribute(0x00181020, "LO", "1-n", "1", name="Software Versions")
    ]
    """Software Versions (0018,1020): Type 1, VR LO, VM 1-n. Manufacturer's designation of software version of the equipment that produced the Composite Instances. See Section C.7.5.1.1.3."""
