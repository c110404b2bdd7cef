"""CID 7027 Segmented Radiotherapeutic Dose Measurement Device.

Extensible, version 20221201, UID 1.2.840.10008.6.1.1276.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7027
NAME: Final[str] = "Segmented Radiotherapeutic Dose Measurement Device"
KEYWORD: Final[str | None] = "SegmentedRadiotherapeuticDoseMeasurementDevice"
UID: Final[str | None] = "1.2.840.10008.6.1.1276"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20221201"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

DiodeArray: Final[Code] = Code("DCM", "128702", "Diode Array", (7026, 7027))
"""Diode Array (DCM 128702)."""

IonChamberArray: Final[Code] = Code("DCM", "128703", "Ion Chamber Array", (7026, 7027))
"""Ion Chamber Array (DCM 128703)."""

ThermoluminescentRadiationDosimeter: Final[Code] = Code(
    "SCT", "464983000", "Thermoluminescent radiation dosimeter", (7026, 7027)
)
"""Thermoluminescent radiation dosimeter (SCT 464983000)."""

Diode: Final[Code] = Code("DCM", "128704", "Diode", (7026, 7027))
"""Diode (DCM 128704)."""

LiquidIonChamber: Final[Code] = Code("DCM", "128705", "Liquid Ion Chamber", (7026, 7027))
"""Liquid Ion Chamber (DCM 128705)."""

MOSFETRadiationTherapyDosimetrySystemDosimeter: Final[Code] = Code(
    "SCT", "701933006", "MOSFET radiation therapy dosimetry system dosimeter", (7026, 7027)
)
"""MOSFET radiation therapy dosimetry system dosimeter (SCT 701933006)."""

OSLD: Final[Code] = Code("DCM", "128706", "OSLD", (7026, 7027))
"""OSLD (DCM 128706)."""

IonChamber: Final[Code] = Code("DCM", "128707", "Ion Chamber", (7026, 7027))
"""Ion Chamber (DCM 128707)."""

DigitalImager: Final[Code] = Code("SCT", "468440006", "Digital imager", (7026, 7027, 9268, 9271))
"""Digital imager (SCT 468440006)."""

DiamondDetector: Final[Code] = Code("DCM", "128708", "Diamond Detector", (7026, 7027))
"""Diamond Detector (DCM 128708)."""

RPLGD: Final[Code] = Code("DCM", "128709", "RPLGD", (7026, 7027))
"""RPLGD (DCM 128709)."""

MEMBERS: Final[tuple[Code, ...]] = (
    DiodeArray,
    IonChamberArray,
    ThermoluminescentRadiationDosimeter,
    Diode,
    LiquidIonChamber,
    MOSFETRadiationTherapyDosimetrySystemDosimeter,
    OSLD,
    IonChamber,
    DigitalImager,
    DiamondDetector,
    RPLGD,
)
"""The resolved membership: own members, then those of the included groups, in order."""
