"""General Equipment Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.udi_item import UDIItem as _UDIItem
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _UDIItem = Lazy("dicomodel.items.udi_item", "UDIItem")

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.udi_item import UDIItem as UDISequenceItem

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "GeneralEquipmentModule",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "MappingResourceTerm",
    "UDISequenceItem",
]


class GeneralEquipmentModule(DicomModel):
    """General Equipment Module Attributes (PS3.3 Table C.7-8)."""

    dicom_name: ClassVar[str] = "General Equipment"
    dicom_table: ClassVar[str] = "table_C.7-8"

    Manufacturer: Annotated[
        vr.LO | None, Attribute(0x00080070, "LO", "1", "2", name="Manufacturer")
    ]
    """Manufacturer (0008,0070): Type 2, VR LO, VM 1. Manufacturer of the equipment that produced the Composite Instances."""

    InstitutionName: Annotated[
        vr.LO | None, Attribute(0x00080080, "LO", "1", "3", name="Institution Name")
    ] = None
    """Institution Name (0008,0080): Type 3, VR LO, VM 1. Institution where the equipment that produced the Composite Instances is located. This Attribute represents the organizational context only for the Equipment IE, and should not be construed to be a substitute for Issuer of Patient ID (0010,..."""

    InstitutionAddress: Annotated[
        vr.ST | None, Attribute(0x00080081, "ST", "1", "3", name="Institution Address")
    ] = None
    """Institution Address (0008,0081): Type 3, VR ST, VM 1. Mailing address of the institution where the equipment that produced the Composite Instances is located."""

    StationName: Annotated[
        vr.SH | None, Attribute(0x00081010, "SH", "1", "3", name="Station Name")
    ] = None
    """Station Name (0008,1010): Type 3, VR SH, VM 1. User defined name identifying the machine that produced the Composite Instances."""

    InstitutionalDepartmentName: Annotated[
        vr.LO | None, Attribute(0x00081040, "LO", "1", "3", name="Institutional Department Name")
    ] = None
    """Institutional Department Name (0008,1040): Type 3, VR LO, VM 1. Department in the institution where the equipment that produced the Composite Instances is located."""

    InstitutionalDepartmentTypeCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00081041, "SQ", "1", "3", name="Institutional Department Type Code Sequence"),
    ] = None
    """Institutional Department Type Code Sequence (0008,1041): Type 3, VR SQ, VM 1. A coded description of the type of Department or Service within the healthcare facility. This might be obtained from a corresponding HL7v2 message containing PV1:10 Hospital Service. Only a single Item is permitted in this Sequence."""

    ManufacturerModelName: Annotated[
        vr.LO | None, Attribute(0x00081090, "LO", "1", "3", name="Manufacturer's Model Name")
    ] = None
    """Manufacturer's Model Name (0008,1090): Type 3, VR LO, VM 1. Manufacturer's model name of the equipment that produced the Composite Instances."""

    ManufacturerDeviceClassUID: Annotated[
        list[vr.UI] | None,
        Attribute(0x0018100B, "UI", "1-n", "3", name="Manufacturer's Device Class UID"),
    ] = None
    """Manufacturer's Device Class UID (0018,100B): Type 3, VR UI, VM 1-n. Manufacturer's Unique Identifier (UID) for the class of the device. A class is a manufacturer-specific grouping concept with no DICOM-defined scope or criteria. A class is independent from a marketing-defined make, model or version."""

    DeviceSerialNumber: Annotated[
        vr.LO | None, Attribute(0x00181000, "LO", "1", "3", name="Device Serial Number")
    ] = None
    """Device Serial Number (0018,1000): Type 3, VR LO, VM 1. Manufacturer's serial number of the equipment that produced the Composite Instances. This identifier corresponds to the device that actually created the images, such as a CR plate reader or a CT console, and may not be sufficient to identif..."""

    SoftwareVersions: Annotated[
        list[vr.LO] | None, Attribute(0x00181020, "LO", "1-n", "3", name="Software Versions")
    ] = None
    """Software Versions (0018,1020): Type 3, VR LO, VM 1-n. Manufacturer's designation of software version of the equipment that produced the Composite Instances. See Section C.7.5.1.1.3."""

    GantryID: Annotated[vr.LO | None, Attribute(0x00181008, "LO", "1", "3", name="Gantry ID")] = (
        None
    )
    """Gantry ID (0018,1008): Type 3, VR LO, VM 1. Identifier of the gantry or positioner."""

    UDISequence: Annotated[
        list[_UDIItem] | None, Attribute(0x0018100A, "SQ", "1", "3", name="UDI Sequence")
    ] = None
    """UDI Sequence (0018,100A): Type 3, VR SQ, VM 1. Unique Device Identifier (UDI) of the entire equipment. For example, the entire CT Scanner. Multiple Items may be present if the entire equipment has UDIs issued by different Issuing Authorities."""

    DeviceUID: Annotated[vr.UI | None, Attribute(0x00181002, "UI", "1", "3", name="Device UID")] = (
        None
    )
    """Device UID (0018,1002): Type 3, VR UI, VM 1. Unique identifier of the equipment that produced the Composite Instances. If present in an SR object, the value is expected to be the same as the (121012, DCM, \"Device Observer UID\") in TID 1004 in PS3.16."""

    SpatialResolution: Annotated[
        vr.DS | None, Attribute(0x00181050, "DS", "1", "3", name="Spatial Resolution")
    ] = None
    """Spatial Resolution (0018,1050): Type 3, VR DS, VM 1. The inherent limiting resolution in mm of the acquisition equipment for high contrast objects for the data gathering and reconstruction technique chosen. If variable across the images of the Series, the value at the image center."""

    DateOfManufacture: Annotated[
        vr.DA | None, Attribute(0x00181204, "DA", "1", "3", name="Date of Manufacture")
    ] = None
    """Date of Manufacture (0018,1204): Type 3, VR DA, VM 1. The date the equipment that produced the Composite Instances was originally manufactured or re-manufactured (as opposed to refurbished)."""

    DateOfInstallation: Annotated[
        vr.DA | None, Attribute(0x00181205, "DA", "1", "3", name="Date of Installation")
    ] = None
    """Date of Installation (0018,1205): Type 3, VR DA, VM 1. The date the equipment that produced the Composite Instances was installed in its current location. The equipment may or may not have been used prior to installation in its current location."""

    DateOfLastCalibration: Annotated[
        list[vr.DA] | None, Attribute(0x00181200, "DA", "1-n", "3", name="Date of Last Calibration")
    ] = None
    """Date of Last Calibration (0018,1200): Type 3, VR DA, VM 1-n. Date when the image acquisition device calibration was last changed in any way. Multiple entries may be used for additional calibrations at other times. See Section C.7.5.1.1.1 for further explanation."""

    TimeOfLastCalibration: Annotated[
        list[vr.TM] | None, Attribute(0x00181201, "TM", "1-n", "3", name="Time of Last Calibration")
    ] = None
    """Time of Last Calibration (0018,1201): Type 3, VR TM, VM 1-n. Time when the image acquisition device calibration was last changed in any way. Multiple entries may be used. See Section C.7.5.1.1.1 for further explanation."""

    PixelPaddingValue: Annotated[
        vr.US | vr.SS | None,
        Attribute(
            0x00280120,
            "US or SS",
            "1",
            "1C",
            name="Pixel Padding Value",
            when=(
                "and",
                ("present", 0x00280121),
                ("or", ("present", 0x7FE00010), ("present", 0x00287FE0)),
            ),
        ),
    ] = None
    """Pixel Padding Value (0028,0120): Type 1C, VR US or SS, VM 1. Required if Pixel Padding Range Limit (0028,0121) is present and either Pixel Data (7FE0,0010) or Pixel Data Provider URL (0028,7FE0) is present. May be present otherwise only if Pixel Data (7FE0,0010) or Pixel Data Provider URL (0028,7FE0) is present. Single pixel value or one limit (inclusive) of a range of pixel values used in an image to pad to rectangular format or to signal background that may be suppressed or that may be rendered \"transparently\" when superimposing images."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "InstitutionalDepartmentTypeCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "UDISequenceItem": ("dicomodel.items.udi_item", "UDIItem"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
