"""VL Photographic Equipment Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "VLPhotographicEquipmentModule",
]


class VLPhotographicEquipmentModule(DicomModel):
    """VL Photographic Equipment Module Attributes (PS3.3 Table C.8.12.10-1)."""

    dicom_name: ClassVar[str] = "VL Photographic Equipment"
    dicom_table: ClassVar[str] = "table_C.8.12.10-1"

    CameraOwnerName: Annotated[
        vr.UT | None, Attribute(0x0016004D, "UT", "1", "3", name="Camera Owner Name")
    ] = None
    """Camera Owner Name (0016,004D): Type 3, VR UT, VM 1. The owner of the photographic equipment."""

    LensSpecification: Annotated[
        list[vr.DS] | None, Attribute(0x0016004E, "DS", "4", "3", name="Lens Specification")
    ] = None
    """Lens Specification (0016,004E): Type 3, VR DS, VM 4. The minimum focal length, maximum focal length, minimum F number in the minimum focal length, and minimum F number in the maximum focal length for the lens that was used."""

    LensMake: Annotated[vr.UT | None, Attribute(0x0016004F, "UT", "1", "3", name="Lens Make")] = (
        None
    )
    """Lens Make (0016,004F): Type 3, VR UT, VM 1. The lens manufacturer."""

    LensModel: Annotated[vr.UT | None, Attribute(0x00160050, "UT", "1", "3", name="Lens Model")] = (
        None
    )
    """Lens Model (0016,0050): Type 3, VR UT, VM 1. The lens's model name and model number."""

    LensSerialNumber: Annotated[
        vr.UT | None, Attribute(0x00160051, "UT", "1", "3", name="Lens Serial Number")
    ] = None
    """Lens Serial Number (0016,0051): Type 3, VR UT, VM 1. The serial number of the lens that was used."""
