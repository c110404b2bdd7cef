"""Presence rules of VL Photographic Geolocation Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
VLPhotographicGeolocationModule = (
    "table_C.8.12.12-1",
    (
        ("GPSVersionID", Attribute(0x00160070, "OB", "1", "3", name="GPS Version ID"), None),
        (
            "GPSLatitudeRef",
            Attribute(
                0x00160071, "CS", "1", "3", name="GPS Latitude Ref", enumerated=((0, ("N", "S")),)
            ),
            None,
        ),
        ("GPSLatitude", Attribute(0x00160072, "DS", "3", "3", name="GPS Latitude"), None),
        (
            "GPSLongitudeRef",
            Attribute(
                0x00160073, "CS", "1", "3", name="GPS Longitude Ref", enumerated=((0, ("E", "W")),)
            ),
            None,
        ),
        ("GPSLongitude", Attribute(0x00160074, "DS", "3", "3", name="GPS Longitude"), None),
        ("GPSAltitudeRef", Attribute(0x00160075, "US", "1", "3", name="GPS Altitude Ref"), None),
        ("GPSAltitude", Attribute(0x00160076, "DS", "1", "3", name="GPS Altitude"), None),
        ("GPSTimeStamp", Attribute(0x00160077, "DT", "1", "3", name="GPS Time Stamp"), None),
        ("GPSSatellites", Attribute(0x00160078, "UT", "1", "3", name="GPS Satellites"), None),
        (
            "GPSStatus",
            Attribute(0x00160079, "CS", "1", "3", name="GPS Status", enumerated=((0, ("A", "V")),)),
            None,
        ),
        (
            "GPSMeasureMode",
            Attribute(
                0x0016007A, "CS", "1", "3", name="GPS Measure Mode", enumerated=((0, ("2", "3")),)
            ),
            None,
        ),
        ("GPSDOP", Attribute(0x0016007B, "DS", "1", "3", name="GPS DOP"), None),
        (
            "GPSSpeedRef",
            Attribute(
                0x0016007C, "CS", "1", "3", name="GPS Speed Ref", enumerated=((0, ("K", "M", "N")),)
            ),
            None,
        ),
        ("GPSSpeed", Attribute(0x0016007D, "DS", "1", "3", name="GPS Speed"), None),
        (
            "GPSTrackRef",
            Attribute(
                0x0016007E, "CS", "1", "3", name="GPS Track Ref", enumerated=((0, ("T", "M")),)
            ),
            None,
        ),
        ("GPSTrack", Attribute(0x0016007F, "DS", "1", "3", name="GPS Track"), None),
        (
            "GPSImgDirectionRef",
            Attribute(
                0x00160080,
                "CS",
                "1",
                "3",
                name="GPS Img Direction Ref",
                enumerated=((0, ("T", "M")),),
            ),
            None,
        ),
        ("GPSImgDirection", Attribute(0x00160081, "DS", "1", "3", name="GPS Img Direction"), None),
        ("GPSMapDatum", Attribute(0x00160082, "UT", "1", "3", name="GPS Map Datum"), None),
        (
            "GPSDestLatitudeRef",
            Attribute(
                0x00160083,
                "CS",
                "1",
                "3",
                name="GPS Dest Latitude Ref",
                enumerated=((0, ("N", "S")),),
            ),
            None,
        ),
        ("GPSDestLatitude", Attribute(0x00160084, "DS", "3", "3", name="GPS Dest Latitude"), None),
        (
            "GPSDestLongitudeRef",
            Attribute(
                0x00160085,
                "CS",
                "1",
                "3",
                name="GPS Dest Longitude Ref",
                enumerated=((0, ("E", "W")),),
            ),
            None,
        ),
        (
            "GPSDestLongitude",
            Attribute(0x00160086, "DS", "3", "3", name="GPS Dest Longitude"),
            None,
        ),
        (
            "GPSDestBearingRef",
            Attribute(
                0x00160087,
                "CS",
                "1",
                "3",
                name="GPS Dest Bearing Ref",
                enumerated=((0, ("T", "M")),),
            ),
            None,
        ),
        ("GPSDestBearing", Attribute(0x00160088, "DS", "1", "3", name="GPS Dest Bearing"), None),
        (
            "GPSDestDistanceRef",
            Attribute(
                0x00160089,
                "CS",
                "1",
                "3",
                name="GPS Dest Distance Ref",
                enumerated=((0, ("K", "M", "N")),),
            ),
            None,
        ),
        ("GPSDestDistance", Attribute(0x0016008A, "DS", "1", "3", name="GPS Dest Distance"), None),
        (
            "GPSProcessingMethod",
            Attribute(0x0016008B, "OB", "1", "3", name="GPS Processing Method"),
            None,
        ),
        (
            "GPSAreaInformation",
            Attribute(0x0016008C, "OB", "1", "3", name="GPS Area Information"),
            None,
        ),
        ("GPSDateStamp", Attribute(0x0016008D, "DT", "1", "3", name="GPS Date Stamp"), None),
        ("GPSDifferential", Attribute(0x0016008E, "IS", "1", "3", name="GPS Differential"), None),
    ),
)
