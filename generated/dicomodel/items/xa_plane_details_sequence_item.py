"""Item class XAPlaneDetailsSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.plane_identification import (
        PlaneIdentificationTerm as _PlaneIdentificationTerm,
    )
    from dicomodel.items.x_ray_filter_details_sequence_item import (
        XRayFilterDetailsSequenceItem as _XRayFilterDetailsSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _PlaneIdentificationTerm = Lazy(
        "dicomodel.enums.plane_identification", "PlaneIdentificationTerm"
    )
    _XRayFilterDetailsSequenceItem = Lazy(
        "dicomodel.items.x_ray_filter_details_sequence_item", "XRayFilterDetailsSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.filter_type import FilterTypeTerm as FilterTypeTerm
    from dicomodel.enums.plane_identification import (
        PlaneIdentificationTerm as PlaneIdentificationTerm,
    )
    from dicomodel.items.x_ray_filter_details_sequence_item import (
        XRayFilterDetailsSequenceItem as XRayFilterDetailsSequenceItem,
    )

__all__ = [
    "FilterTypeTerm",
    "PlaneIdentificationTerm",
    "XAPlaneDetailsSequenceItem",
    "XRayFilterDetailsSequenceItem",
]


class XAPlaneDetailsSequenceItem(DicomModel):
    """An item of XA Plane Details Sequence (0018,11BA), as first defined in Performed XA Acquisition Module Attributes (C.34.17-1)."""

    dicom_name: ClassVar[str] = "XA Plane Details Sequence"
    dicom_table: ClassVar[str] = "table_C.34.17-1"

    PlaneIdentification: Annotated[
        _PlaneIdentificationTerm | vr.CS,
        Attribute(0x00189457, "CS", "1", "1", name="Plane Identification"),
    ]
    """Plane Identification (0018,9457): Type 1, VR CS, VM 1. Identification of the plane to which the parameters of this sequence item applies. Defined Terms: MONOPLANE PLANE A PLANE B"""

    BeamNumber: Annotated[vr.IS, Attribute(0x300A00C0, "IS", "1", "1", name="Beam Number")]
    """Beam Number (300A,00C0): Type 1, VR IS, VM 1. Identification number of the beam. The value shall be 1 if Plane Identification (0018,9457) equals MONOPLANE or PLANE A, and shall be 2 if Plane Identification (0018,9457) equals PLANE B."""

    KVP: Annotated[vr.DS | None, Attribute(0x00180060, "DS", "1", "3", name="KVP")] = None
    """KVP (0018,0060): Type 3, VR DS, VM 1. Peak kilo voltage output of the x-ray generator."""

    XRayTubeCurrentInmA: Annotated[
        vr.FD | None, Attribute(0x00189330, "FD", "1", "3", name="X-Ray Tube Current in mA")
    ] = None
    """X-Ray Tube Current in mA (0018,9330): Type 3, VR FD, VM 1. Nominal X-ray tube current in milliamperes."""

    ExposureTimeInms: Annotated[
        vr.FD | None, Attribute(0x00189328, "FD", "1", "3", name="Exposure Time in ms")
    ] = None
    """Exposure Time in ms (0018,9328): Type 3, VR FD, VM 1. Duration of exposure for this Acquisition Protocol Element in milliseconds."""

    ExposureInmAs: Annotated[
        vr.FD | None, Attribute(0x00189332, "FD", "1", "3", name="Exposure in mAs")
    ] = None
    """Exposure in mAs (0018,9332): Type 3, VR FD, VM 1. The exposure expressed in milliampere seconds, for example calculated from Exposure Time and X-Ray Tube Current."""

    AveragePulseWidth: Annotated[
        vr.DS | None, Attribute(0x00181154, "DS", "1", "3", name="Average Pulse Width")
    ] = None
    """Average Pulse Width (0018,1154): Type 3, VR DS, VM 1. Average width of X-Ray pulse in msec."""

    FocalSpots: Annotated[
        list[vr.DS] | None, Attribute(0x00181190, "DS", "1-n", "3", name="Focal Spot(s)")
    ] = None
    """Focal Spot(s) (0018,1190): Type 3, VR DS, VM 1-n. Used nominal size of the focal spot in mm. The Attribute may only have one or two values, for devices with variable focal spot, small dimension followed by large dimension."""

    AcquisitionFieldOfViewLabel: Annotated[
        vr.LO | None, Attribute(0x001811BB, "LO", "1", "3", name="Acquisition Field Of View Label")
    ] = None
    """Acquisition Field Of View Label (0018,11BB): Type 3, VR LO, VM 1. Manufacturer-defined name of the Field of View label displayed on the acquisition console. Each label corresponds to a FOV dimension applied during the acquisition."""

    FieldOfViewDimensionsInFloat: Annotated[
        list[vr.FL] | None,
        Attribute(0x00189461, "FL", "1-2", "3", name="Field of View Dimension(s) in Float"),
    ] = None
    """Field of View Dimension(s) in Float (0018,9461): Type 3, VR FL, VM 1-2. Dimensions in mm of the Field of View, that is the image pixels stored in Pixel Data (7FE0,0010). If Field of View Shape (0018,1147) is: RECTANGLE: row dimension followed by column. ROUND: diameter."""

    XRayFilterDetailsSequence: Annotated[
        list[_XRayFilterDetailsSequenceItem] | None,
        Attribute(0x001811BC, "SQ", "1", "3", name="X-Ray Filter Details Sequence"),
    ] = None
    """X-Ray Filter Details Sequence (0018,11BC): Type 3, VR SQ, VM 1. Parameter values for each of the filters inserted simultaneously into the X-Ray beam. Each item in the sequence describes one filter. One or more Items shall be included in this sequence."""

    DetectorBinning: Annotated[
        list[vr.DS] | None, Attribute(0x0018701A, "DS", "2", "3", name="Detector Binning")
    ] = None
    """Detector Binning (0018,701A): Type 3, VR DS, VM 2. Number of active detectors used to generate a single pixel. Specified as number of row detectors per pixel then column."""

    BitsStored: Annotated[
        vr.US | None, Attribute(0x00280101, "US", "1", "3", name="Bits Stored")
    ] = None
    """Bits Stored (0028,0101): Type 3, VR US, VM 1. Number of bits stored for each pixel sample in the acquired images."""

    Rows: Annotated[vr.US | None, Attribute(0x00280010, "US", "1", "3", name="Rows")] = None
    """Rows (0028,0010): Type 3, VR US, VM 1. Number of rows in the acquired images."""

    Columns: Annotated[vr.US | None, Attribute(0x00280011, "US", "1", "3", name="Columns")] = None
    """Columns (0028,0011): Type 3, VR US, VM 1. Number of columns in the acquired images."""

    PrimaryPositionerScanStartAngle: Annotated[
        vr.FL | None,
        Attribute(0x00189510, "FL", "1", "3", name="Primary Positioner Scan Start Angle"),
    ] = None
    """Primary Positioner Scan Start Angle (0018,9510): Type 3, VR FL, VM 1. Start position of the primary positioner in degrees. Applicable only to protocol elements for rotational acquisitions, i.e., Scan Options (0018,0022) equals ROTA."""

    SecondaryPositionerScanStartAngle: Annotated[
        vr.FL | None,
        Attribute(0x00189511, "FL", "1", "3", name="Secondary Positioner Scan Start Angle"),
    ] = None
    """Secondary Positioner Scan Start Angle (0018,9511): Type 3, VR FL, VM 1. Start position of the secondary positioner in degrees. Applicable only to protocol elements for rotational acquisitions, i.e., Scan Options (0018,0022) equals ROTA."""

    PrimaryPositionerScanArc: Annotated[
        vr.FL | None, Attribute(0x00189508, "FL", "1", "3", name="Primary Positioner Scan Arc")
    ] = None
    """Primary Positioner Scan Arc (0018,9508): Type 3, VR FL, VM 1. Total amount of rotation of the primary positioner in degrees. Applicable only to protocol elements for rotational acquisitions, i.e. Scan Options (0018,0022) equals ROTA."""

    SecondaryPositionerScanArc: Annotated[
        vr.FL | None, Attribute(0x00189509, "FL", "1", "3", name="Secondary Positioner Scan Arc")
    ] = None
    """Secondary Positioner Scan Arc (0018,9509): Type 3, VR FL, VM 1. Total amount of rotation of the secondary positioner in degrees. Applicable only to protocol elements for rotational acquisitions, i.e., Scan Options (0018,0022) equals ROTA."""

    PrimaryPositionerIncrement: Annotated[
        vr.FL | None, Attribute(0x00189514, "FL", "1", "3", name="Primary Positioner Increment")
    ] = None
    """Primary Positioner Increment (0018,9514): Type 3, VR FL, VM 1. Constant increment of the primary positioner angle in degrees. Positive increment indicates an increasing value of the primary positioner angle."""

    SecondaryPositionerIncrement: Annotated[
        vr.FL | None, Attribute(0x00189515, "FL", "1", "3", name="Secondary Positioner Increment")
    ] = None
    """Secondary Positioner Increment (0018,9515): Type 3, VR FL, VM 1. Constant increment of the secondary positioner angle in degrees. Positive increment indicates an increasing value of the secondary positioner angle."""

    DistanceSourceToDetector: Annotated[
        vr.DS | None, Attribute(0x00181110, "DS", "1", "3", name="Distance Source to Detector")
    ] = None
    """Distance Source to Detector (0018,1110): Type 3, VR DS, VM 1. Distance from source to receptor plane perpendicular to the receptor plane in mm. Applicable only to protocol elements for rotational acquisitions, i.e., Scan Options (0018,0022) equals ROTA."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "FilterTypeTerm": ("dicomodel.enums.filter_type", "FilterTypeTerm"),
    "PlaneIdentificationTerm": ("dicomodel.enums.plane_identification", "PlaneIdentificationTerm"),
    "XRayFilterDetailsSequenceItem": (
        "dicomodel.items.x_ray_filter_details_sequence_item",
        "XRayFilterDetailsSequenceItem",
    ),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
