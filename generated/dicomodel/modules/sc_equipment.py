"""SC Equipment Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.conversion_type import ConversionTypeTerm as _ConversionTypeTerm
    from dicomodel.enums.modality import ModalityTerm as _ModalityTerm
else:
    from dicomodel.lazy import Lazy

    _ConversionTypeTerm = Lazy("dicomodel.enums.conversion_type", "ConversionTypeTerm")
    _ModalityTerm = Lazy("dicomodel.enums.modality", "ModalityTerm")

if TYPE_CHECKING:
    from dicomodel.enums.conversion_type import ConversionTypeTerm as ConversionTypeTerm
    from dicomodel.enums.modality import ModalityTerm as ModalityTerm

__all__ = [
    "ConversionTypeTerm",
    "ModalityTerm",
    "SCEquipmentModule",
]


class SCEquipmentModule(DicomModel):
    """SC Equipment Module Attributes (PS3.3 Table C.8-24)."""

    dicom_name: ClassVar[str] = "SC Equipment"
    dicom_table: ClassVar[str] = "table_C.8-24"

    ConversionType: Annotated[
        _ConversionTypeTerm | vr.CS, Attribute(0x00080064, "CS", "1", "1", name="Conversion Type")
    ]
    """Conversion Type (0008,0064): Type 1, VR CS, VM 1. Describes the kind of image conversion. Defined Terms: DV Digitized Video DI Digital Interface DF Digitized Film WSD Workstation SD Scanned Document SI Scanned Image DRW Drawing SYN Synthetic Image"""

    Modality: Annotated[
        _ModalityTerm | vr.CS | None, Attribute(0x00080060, "CS", "1", "3", name="Modality")
    ] = None
    """Modality (0008,0060): Type 3, VR CS, VM 1. Type of device, process or method that originally acquired the data used to create the Instances in this Series. This type definition shall override the definition in the General Series Module. See Note 2."""

    SecondaryCaptureDeviceID: Annotated[
        vr.LO | None, Attribute(0x00181010, "LO", "1", "3", name="Secondary Capture Device ID")
    ] = None
    """Secondary Capture Device ID (0018,1010): Type 3, VR LO, VM 1. User defined identification of the device that converted the image."""

    SecondaryCaptureDeviceManufacturer: Annotated[
        vr.LO | None,
        Attribute(0x00181016, "LO", "1", "3", name="Secondary Capture Device Manufacturer"),
    ] = None
    """Secondary Capture Device Manufacturer (0018,1016): Type 3, VR LO, VM 1. Manufacturer of the Secondary Capture Device."""

    SecondaryCaptureDeviceManufacturerModelName: Annotated[
        vr.LO | None,
        Attribute(
            0x00181018, "LO", "1", "3", name="Secondary Capture Device Manufacturer's Model Name"
        ),
    ] = None
    """Secondary Capture Device Manufacturer's Model Name (0018,1018): Type 3, VR LO, VM 1. Manufacturer's model number of the Secondary Capture Device."""

    SecondaryCaptureDeviceSoftwareVersions: Annotated[
        list[vr.LO] | None,
        Attribute(0x00181019, "LO", "1-n", "3", name="Secondary Capture Device Software Versions"),
    ] = None
    """Secondary Capture Device Software Versions (0018,1019): Type 3, VR LO, VM 1-n. Manufacturer's designation of software version of the Secondary Capture Device."""

    VideoImageFormatAcquired: Annotated[
        vr.SH | None, Attribute(0x00181022, "SH", "1", "3", name="Video Image Format Acquired")
    ] = None
    """Video Image Format Acquired (0018,1022): Type 3, VR SH, VM 1. Original format of the captured video image (e.g., NTSC, PAL, Videomed-H)."""

    DigitalImageFormatAcquired: Annotated[
        vr.LO | None, Attribute(0x00181023, "LO", "1", "3", name="Digital Image Format Acquired")
    ] = None
    """Digital Image Format Acquired (0018,1023): Type 3, VR LO, VM 1. Additional information about digital interface used to acquire the image."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ConversionTypeTerm": ("dicomodel.enums.conversion_type", "ConversionTypeTerm"),
    "ModalityTerm": ("dicomodel.enums.modality", "ModalityTerm"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
