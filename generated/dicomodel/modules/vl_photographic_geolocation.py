"""VL Photographic Geolocation Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.gps_dest_bearing_ref import (
        GPSDestBearingRefValue as _GPSDestBearingRefValue,
    )
    from dicomodel.enums.gps_dest_distance_ref import (
        GPSDestDistanceRefValue as _GPSDestDistanceRefValue,
    )
    from dicomodel.enums.gps_dest_latitude_ref import (
        GPSDestLatitudeRefValue as _GPSDestLatitudeRefValue,
    )
    from dicomodel.enums.gps_dest_longitude_ref import (
        GPSDestLongitudeRefValue as _GPSDestLongitudeRefValue,
    )
    from dicomodel.enums.gps_img_direction_ref import (
        GPSImgDirectionRefValue as _GPSImgDirectionRefValue,
    )
    from dicomodel.enums.gps_latitude_ref import GPSLatitudeRefValue as _GPSLatitudeRefValue
    from dicomodel.enums.gps_longitude_ref import GPSLongitudeRefValue as _GPSLongitudeRefValue
    from dicomodel.enums.gps_measure_mode import GPSMeasureModeValue as _GPSMeasureModeValue
    from dicomodel.enums.gps_speed_ref import GPSSpeedRefValue as _GPSSpeedRefValue
    from dicomodel.enums.gps_status import GPSStatusValue as _GPSStatusValue
    from dicomodel.enums.gps_track_ref import GPSTrackRefValue as _GPSTrackRefValue
else:
    from dicomodel.lazy import Lazy

    _GPSDestBearingRefValue = Lazy("dicomodel.enums.gps_dest_bearing_ref", "GPSDestBearingRefValue")
    _GPSDestDistanceRefValue = Lazy(
        "dicomodel.enums.gps_dest_distance_ref", "GPSDestDistanceRefValue"
    )
    _GPSDestLatitudeRefValue = Lazy(
        "dicomodel.enums.gps_dest_latitude_ref", "GPSDestLatitudeRefValue"
    )
    _GPSDestLongitudeRefValue = Lazy(
        "dicomodel.enums.gps_dest_longitude_ref", "GPSDestLongitudeRefValue"
    )
    _GPSImgDirectionRefValue = Lazy(
        "dicomodel.enums.gps_img_direction_ref", "GPSImgDirectionRefValue"
    )
    _GPSLatitudeRefValue = Lazy("dicomodel.enums.gps_latitude_ref", "GPSLatitudeRefValue")
    _GPSLongitudeRefValue = Lazy("dicomodel.enums.gps_longitude_ref", "GPSLongitudeRefValue")
    _GPSMeasureModeValue = Lazy("dicomodel.enums.gps_measure_mode", "GPSMeasureModeValue")
    _GPSSpeedRefValue = Lazy("dicomodel.enums.gps_speed_ref", "GPSSpeedRefValue")
    _GPSStatusValue = Lazy("dicomodel.enums.gps_status", "GPSStatusValue")
    _GPSTrackRefValue = Lazy("dicomodel.enums.gps_track_ref", "GPSTrackRefValue")

if TYPE_CHECKING:
    from dicomodel.enums.gps_dest_bearing_ref import GPSDestBearingRef as GPSDestBearingRef
    from dicomodel.enums.gps_dest_distance_ref import GPSDestDistanceRef as GPSDestDistanceRef
    from dicomodel.enums.gps_dest_latitude_ref import GPSDestLatitudeRef as GPSDestLatitudeRef
    from dicomodel.enums.gps_dest_longitude_ref import GPSDestLongitudeRef as GPSDestLongitudeRef
    from dicomodel.enums.gps_img_direction_ref import GPSImgDirectionRef as GPSImgDirectionRef
    from dicomodel.enums.gps_latitude_ref import GPSLatitudeRef as GPSLatitudeRef
    from dicomodel.enums.gps_longitude_ref import GPSLongitudeRef as GPSLongitudeRef
    from dicomodel.enums.gps_measure_mode import GPSMeasureMode as GPSMeasureMode
    from dicomodel.enums.gps_speed_ref import GPSSpeedRef as GPSSpeedRef
    from dicomodel.enums.gps_status import GPSStatus as GPSStatus
    from dicomodel.enums.gps_track_ref import GPSTrackRef as GPSTrackRef

__all__ = [
    "GPSDestBearingRef",
    "GPSDestDistanceRef",
    "GPSDestLatitudeRef",
    "GPSDestLongitudeRef",
    "GPSImgDirectionRef",
    "GPSLatitudeRef",
    "GPSLongitudeRef",
    "GPSMeasureMode",
    "GPSSpeedRef",
    "GPSStatus",
    "GPSTrackRef",
    "VLPhotographicGeolocationModule",
]


class VLPhotographicGeolocationModule(DicomModel):
    """VL Photographic Geolocation Module Attributes (PS3.3 Table C.8.12.12-1)."""

    dicom_name: ClassVar[str] = "VL Photographic Geolocation"
    dicom_table: ClassVar[str] = "table_C.8.12.12-1"

    GPSVersionID: Annotated[
        vr.OB | None, Attribute(0x00160070, "OB", "1", "3", name="GPS Version ID")
    ] = None
    """GPS Version ID (0016,0070): Type 3, VR OB, VM 1. The version of GPS information."""

    GPSLatitudeRef: Annotated[
        _GPSLatitudeRefValue | None,
        Attribute(
            0x00160071, "CS", "1", "3", name="GPS Latitude Ref", enumerated=((0, ("N", "S")),)
        ),
    ] = None
    """GPS Latitude Ref (0016,0071): Type 3, VR CS, VM 1. Whether the latitude is north or south latitude. Enumerated Values: N north latitude S south latitude"""

    GPSLatitude: Annotated[
        list[vr.DS] | None, Attribute(0x00160072, "DS", "3", "3", name="GPS Latitude")
    ] = None
    """GPS Latitude (0016,0072): Type 3, VR DS, VM 3. The latitude, expressed as three non-negative values giving the degrees, minutes, and seconds, respectively."""

    GPSLongitudeRef: Annotated[
        _GPSLongitudeRefValue | None,
        Attribute(
            0x00160073, "CS", "1", "3", name="GPS Longitude Ref", enumerated=((0, ("E", "W")),)
        ),
    ] = None
    """GPS Longitude Ref (0016,0073): Type 3, VR CS, VM 1. Whether the longitude is east or west longitude. Enumerated Values: E east longitude W west longitude"""

    GPSLongitude: Annotated[
        list[vr.DS] | None, Attribute(0x00160074, "DS", "3", "3", name="GPS Longitude")
    ] = None
    """GPS Longitude (0016,0074): Type 3, VR DS, VM 3. The longitude, expressed as three non-negative values giving the degrees, minutes, and seconds, respectively."""

    GPSAltitudeRef: Annotated[
        vr.US | None, Attribute(0x00160075, "US", "1", "3", name="GPS Altitude Ref")
    ] = None
    """GPS Altitude Ref (0016,0075): Type 3, VR US, VM 1. The altitude used as the reference altitude in meters. If the reference is sea level and the altitude is above sea level, 0 is given."""

    GPSAltitude: Annotated[
        vr.DS | None, Attribute(0x00160076, "DS", "1", "3", name="GPS Altitude")
    ] = None
    """GPS Altitude (0016,0076): Type 3, VR DS, VM 1. The altitude based on the reference in GPS Altitude Ref (0016,0075), in meters."""

    GPSTimeStamp: Annotated[
        vr.DT | None, Attribute(0x00160077, "DT", "1", "3", name="GPS Time Stamp")
    ] = None
    """GPS Time Stamp (0016,0077): Type 3, VR DT, VM 1. The time as UTC (Coordinated Universal Time)."""

    GPSSatellites: Annotated[
        vr.UT | None, Attribute(0x00160078, "UT", "1", "3", name="GPS Satellites")
    ] = None
    """GPS Satellites (0016,0078): Type 3, VR UT, VM 1. The GPS satellites used for measurements. This tag can be used to describe the number of satellites, their ID number, angle of elevation, azimuth, SNR and other information. The format is not specified."""

    GPSStatus: Annotated[
        _GPSStatusValue | None,
        Attribute(0x00160079, "CS", "1", "3", name="GPS Status", enumerated=((0, ("A", "V")),)),
    ] = None
    """GPS Status (0016,0079): Type 3, VR CS, VM 1. The status of the GPS receiver when the image is recorded. Enumerated Values: A measurement is in progress V measurement interrupted"""

    GPSMeasureMode: Annotated[
        _GPSMeasureModeValue | None,
        Attribute(
            0x0016007A, "CS", "1", "3", name="GPS Measure Mode", enumerated=((0, ("2", "3")),)
        ),
    ] = None
    """GPS Measure Mode (0016,007A): Type 3, VR CS, VM 1. The GPS measurement mode. Enumerated Values: 2 two-dimensional 3 three-dimensional"""

    GPSDOP: Annotated[vr.DS | None, Attribute(0x0016007B, "DS", "1", "3", name="GPS DOP")] = None
    """GPS DOP (0016,007B): Type 3, VR DS, VM 1. The GPS data degree (dilution) of precision. A horizontal dilution of precision (HDOP) value is written during two-dimensional measurement, and position (3D) dilution of precision (PDOP) during three-dimensional measurement."""

    GPSSpeedRef: Annotated[
        _GPSSpeedRefValue | None,
        Attribute(
            0x0016007C, "CS", "1", "3", name="GPS Speed Ref", enumerated=((0, ("K", "M", "N")),)
        ),
    ] = None
    """GPS Speed Ref (0016,007C): Type 3, VR CS, VM 1. The unit used to express the GPS Speed (0016,007D). Enumerated Values: K kilometers per hour M miles per hour N knots"""

    GPSSpeed: Annotated[vr.DS | None, Attribute(0x0016007D, "DS", "1", "3", name="GPS Speed")] = (
        None
    )
    """GPS Speed (0016,007D): Type 3, VR DS, VM 1. The speed of GPS receiver movement in GPS Speed Ref (0016,007C) units."""

    GPSTrackRef: Annotated[
        _GPSTrackRefValue | None,
        Attribute(0x0016007E, "CS", "1", "3", name="GPS Track Ref", enumerated=((0, ("T", "M")),)),
    ] = None
    """GPS Track Ref (0016,007E): Type 3, VR CS, VM 1. The reference for giving the direction of GPS receiver movement. Enumerated Values: T true direction M magnetic direction"""

    GPSTrack: Annotated[vr.DS | None, Attribute(0x0016007F, "DS", "1", "3", name="GPS Track")] = (
        None
    )
    """GPS Track (0016,007F): Type 3, VR DS, VM 1. The direction of GPS receiver movement in degrees. The range of values is from 0.00 to 359.99."""

    GPSImgDirectionRef: Annotated[
        _GPSImgDirectionRefValue | None,
        Attribute(
            0x00160080, "CS", "1", "3", name="GPS Img Direction Ref", enumerated=((0, ("T", "M")),)
        ),
    ] = None
    """GPS Img Direction Ref (0016,0080): Type 3, VR CS, VM 1. The reference for giving the direction of the image when it is captured. Enumerated Values: T true direction M magnetic direction"""

    GPSImgDirection: Annotated[
        vr.DS | None, Attribute(0x00160081, "DS", "1", "3", name="GPS Img Direction")
    ] = None
    """GPS Img Direction (0016,0081): Type 3, VR DS, VM 1. The direction of the image when it was captured. The range of values is from 0.00 to 359.99."""

    GPSMapDatum: Annotated[
        vr.UT | None, Attribute(0x00160082, "UT", "1", "3", name="GPS Map Datum")
    ] = None
    """GPS Map Datum (0016,0082): Type 3, VR UT, VM 1. The geodetic survey data used by the GPS receiver."""

    GPSDestLatitudeRef: Annotated[
        _GPSDestLatitudeRefValue | None,
        Attribute(
            0x00160083, "CS", "1", "3", name="GPS Dest Latitude Ref", enumerated=((0, ("N", "S")),)
        ),
    ] = None
    """GPS Dest Latitude Ref (0016,0083): Type 3, VR CS, VM 1. Whether the latitude of the destination point is north or south latitude. Enumerated Values: N north latitude S south latitude"""

    GPSDestLatitude: Annotated[
        list[vr.DS] | None, Attribute(0x00160084, "DS", "3", "3", name="GPS Dest Latitude")
    ] = None
    """GPS Dest Latitude (0016,0084): Type 3, VR DS, VM 3. The latitude of the destination point. The latitude is expressed as three values giving the degrees, minutes, and seconds, respectively."""

    GPSDestLongitudeRef: Annotated[
        _GPSDestLongitudeRefValue | None,
        Attribute(
            0x00160085, "CS", "1", "3", name="GPS Dest Longitude Ref", enumerated=((0, ("E", "W")),)
        ),
    ] = None
    """GPS Dest Longitude Ref (0016,0085): Type 3, VR CS, VM 1. Whether the longitude of the destination point is east or west longitude. Enumerated Values: E east longitude W west longitude"""

    GPSDestLongitude: Annotated[
        list[vr.DS] | None, Attribute(0x00160086, "DS", "3", "3", name="GPS Dest Longitude")
    ] = None
    """GPS Dest Longitude (0016,0086): Type 3, VR DS, VM 3. The longitude of the destination point. The longitude is expressed as three values giving the degrees, minutes, and seconds, respectively."""

    GPSDestBearingRef: Annotated[
        _GPSDestBearingRefValue | None,
        Attribute(
            0x00160087, "CS", "1", "3", name="GPS Dest Bearing Ref", enumerated=((0, ("T", "M")),)
        ),
    ] = None
    """GPS Dest Bearing Ref (0016,0087): Type 3, VR CS, VM 1. Indicates the reference used for giving the bearing to the destination point. Enumerated Values: T true direction M magnetic direction"""

    GPSDestBearing: Annotated[
        vr.DS | None, Attribute(0x00160088, "DS", "1", "3", name="GPS Dest Bearing")
    ] = None
    """GPS Dest Bearing (0016,0088): Type 3, VR DS, VM 1. The bearing to the destination point in degrees. The range of values is from 0.00 to 359.99."""

    GPSDestDistanceRef: Annotated[
        _GPSDestDistanceRefValue | None,
        Attribute(
            0x00160089,
            "CS",
            "1",
            "3",
            name="GPS Dest Distance Ref",
            enumerated=((0, ("K", "M", "N")),),
        ),
    ] = None
    """GPS Dest Distance Ref (0016,0089): Type 3, VR CS, VM 1. The unit used to express the distance to the destination point. Enumerated Values: K kilometers M miles N nautical miles"""

    GPSDestDistance: Annotated[
        vr.DS | None, Attribute(0x0016008A, "DS", "1", "3", name="GPS Dest Distance")
    ] = None
    """GPS Dest Distance (0016,008A): Type 3, VR DS, VM 1. The distance to the destination point in GPS Dest Distance Ref (0016,0089) units."""

    GPSProcessingMethod: Annotated[
        vr.OB | None, Attribute(0x0016008B, "OB", "1", "3", name="GPS Processing Method")
    ] = None
    """GPS Processing Method (0016,008B): Type 3, VR OB, VM 1. The name of the method used for location finding."""

    GPSAreaInformation: Annotated[
        vr.OB | None, Attribute(0x0016008C, "OB", "1", "3", name="GPS Area Information")
    ] = None
    """GPS Area Information (0016,008C): Type 3, VR OB, VM 1. The name of the GPS area."""

    GPSDateStamp: Annotated[
        vr.DT | None, Attribute(0x0016008D, "DT", "1", "3", name="GPS Date Stamp")
    ] = None
    """GPS Date Stamp (0016,008D): Type 3, VR DT, VM 1. The date and time information relative to UTC (Coordinated Universal Time)."""

    GPSDifferential: Annotated[
        vr.IS | None, Attribute(0x0016008E, "IS", "1", "3", name="GPS Differential")
    ] = None
    """GPS Differential (0016,008E): Type 3, VR IS, VM 1. Whether differential correction is applied to the GPS receiver."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "GPSDestBearingRef": ("dicomodel.enums.gps_dest_bearing_ref", "GPSDestBearingRef"),
    "GPSDestDistanceRef": ("dicomodel.enums.gps_dest_distance_ref", "GPSDestDistanceRef"),
    "GPSDestLatitudeRef": ("dicomodel.enums.gps_dest_latitude_ref", "GPSDestLatitudeRef"),
    "GPSDestLongitudeRef": ("dicomodel.enums.gps_dest_longitude_ref", "GPSDestLongitudeRef"),
    "GPSImgDirectionRef": ("dicomodel.enums.gps_img_direction_ref", "GPSImgDirectionRef"),
    "GPSLatitudeRef": ("dicomodel.enums.gps_latitude_ref", "GPSLatitudeRef"),
    "GPSLongitudeRef": ("dicomodel.enums.gps_longitude_ref", "GPSLongitudeRef"),
    "GPSMeasureMode": ("dicomodel.enums.gps_measure_mode", "GPSMeasureMode"),
    "GPSSpeedRef": ("dicomodel.enums.gps_speed_ref", "GPSSpeedRef"),
    "GPSStatus": ("dicomodel.enums.gps_status", "GPSStatus"),
    "GPSTrackRef": ("dicomodel.enums.gps_track_ref", "GPSTrackRef"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
