"""Item class PlannedVerificationImageSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.rt_image_plane import RTImagePlaneValue as _RTImagePlaneValue
else:
    from dicomodel.lazy import Lazy

    _RTImagePlaneValue = Lazy("dicomodel.enums.rt_image_plane", "RTImagePlaneValue")

if TYPE_CHECKING:
    from dicomodel.enums.rt_image_plane import RTImagePlane as RTImagePlane

__all__ = [
    "PlannedVerificationImageSequenceItem",
    "RTImagePlane",
]


class PlannedVerificationImageSequenceItem(DicomModel):
    """An item of Planned Verification Image Sequence (300A,00CA), as first defined in RT Beams Module Attributes (C.8-50)."""

    dicom_name: ClassVar[str] = "Planned Verification Image Sequence"
    dicom_table: ClassVar[str] = "table_C.8-50"

    StartCumulativeMetersetWeight: Annotated[
        vr.DS | None, Attribute(0x300C0008, "DS", "1", "3", name="Start Cumulative Meterset Weight")
    ] = None
    """Start Cumulative Meterset Weight (300C,0008): Type 3, VR DS, VM 1. Cumulative Meterset Weight within current Beam at which image acquisition will start."""

    MetersetExposure: Annotated[
        vr.DS | None, Attribute(0x30020032, "DS", "1", "3", name="Meterset Exposure")
    ] = None
    """Meterset Exposure (3002,0032): Type 3, VR DS, VM 1. Meterset duration over which image is to be acquired, specified in Monitor units (MU) or minutes as defined by Primary Dosimeter Unit (300A,00B3)."""

    EndCumulativeMetersetWeight: Annotated[
        vr.DS | None, Attribute(0x300C0009, "DS", "1", "3", name="End Cumulative Meterset Weight")
    ] = None
    """End Cumulative Meterset Weight (300C,0009): Type 3, VR DS, VM 1. Cumulative Meterset Weight within current Beam at which image acquisition will end."""

    RTImagePlane: Annotated[
        _RTImagePlaneValue | None,
        Attribute(
            0x3002000C,
            "CS",
            "1",
            "3",
            name="RT Image Plane",
            enumerated=((0, ("NORMAL", "NON_NORMAL")),),
        ),
    ] = None
    """RT Image Plane (3002,000C): Type 3, VR CS, VM 1. Describes whether or not image plane is normal to beam axis. Enumerated Values: NORMAL image plane normal to beam axis NON_NORMAL image plane non-normal to beam axis"""

    XRayImageReceptorAngle: Annotated[
        vr.DS | None, Attribute(0x3002000E, "DS", "1", "3", name="X-Ray Image Receptor Angle")
    ] = None
    """X-Ray Image Receptor Angle (3002,000E): Type 3, VR DS, VM 1. X-Ray Image Receptor Angle i.e., orientation of IEC X-RAY IMAGE RECEPTOR coordinate system with respect to IEC GANTRY coordinate system (degrees). See Section C.8.8.14.3."""

    RTImageOrientation: Annotated[
        list[vr.DS] | None, Attribute(0x30020010, "DS", "6", "3", name="RT Image Orientation")
    ] = None
    """RT Image Orientation (3002,0010): Type 3, VR DS, VM 6. The direction cosines of the first row and the first column with respect to the IEC X-RAY IMAGE RECEPTOR coordinate system."""

    RTImagePosition: Annotated[
        list[vr.DS] | None, Attribute(0x30020012, "DS", "2", "3", name="RT Image Position")
    ] = None
    """RT Image Position (3002,0012): Type 3, VR DS, VM 2. The x and y coordinates (in mm) of the upper left hand corner of the image, in the IEC X-RAY IMAGE RECEPTOR coordinate system. This is the center of the first pixel transmitted."""

    RTImageSID: Annotated[
        vr.DS | None, Attribute(0x30020026, "DS", "1", "3", name="RT Image SID")
    ] = None
    """RT Image SID (3002,0026): Type 3, VR DS, VM 1. Radiation machine source to image plane distance (mm)."""

    ImagingDeviceSpecificAcquisitionParameters: Annotated[
        list[vr.LO] | None,
        Attribute(
            0x300A00CC, "LO", "1-n", "3", name="Imaging Device-Specific Acquisition Parameters"
        ),
    ] = None
    """Imaging Device-Specific Acquisition Parameters (300A,00CC): Type 3, VR LO, VM 1-n. User-specified device-specific parameters that describe how the imager will acquire the image."""

    ReferencedReferenceImageNumber: Annotated[
        vr.IS | None,
        Attribute(0x300C0007, "IS", "1", "3", name="Referenced Reference Image Number"),
    ] = None
    """Referenced Reference Image Number (300C,0007): Type 3, VR IS, VM 1. Uniquely identifies Reference Image to which planned verification image is related, specified by Reference Image Number (300A,00C8) within Referenced Reference Image Sequence (300C,0042)."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "RTImagePlane": ("dicomodel.enums.rt_image_plane", "RTImagePlane"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
