"""CID 7027 Segmented Radiotherapeutic Dose Measurement Device.

Extensible, version 20221201, UID 1.2.840.10008.6.1.1276.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7027
NAME: _Final[str] = "Segmented Radiotherapeutic Dose Measurement Device"
KEYWORD: _Final[str | None] = "SegmentedRadiotherapeuticDoseMeasurementDevice"
UID: _Final[str | None] = "1.2.840.10008.6.1.1276"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20221201"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

DiodeArray: _Final[_Code] = _Code("DCM", "128702", "Diode Array", (7026, 7027))
"""Diode Array (DCM 128702)."""

IonChamberArray: _Final[_Code] = _Code("DCM", "128703", "Ion Chamber Array", (7026, 7027))
"""Ion Chamber Array (DCM 128703)."""

ThermoluminescentRadiationDosimeter: _Final[_Code] = _Code(
    "SCT", "464983000", "Thermoluminescent radiation dosimeter", (7026, 7027)
)
"""Thermoluminescent radiation dosimeter (SCT 464983000)."""

Diode: _Final[_Code] = _Code("DCM", "128704", "Diode", (7026, 7027))
"""Diode (DCM 128704)."""

LiquidIonChamber: _Final[_Code] = _Code("DCM", "128705", "Liquid Ion Chamber", (7026, 7027))
"""Liquid Ion Chamber (DCM 128705)."""

MOSFETRadiationTherapyDosimetrySystemDosimeter: _Final[_Code] = _Code(
    "SCT", "701933006", "MOSFET radiation therapy dosimetry system dosimeter", (7026, 7027)
)
"""MOSFET radiation therapy dosimetry system dosimeter (SCT 701933006)."""

OSLD: _Final[_Code] = _Code("DCM", "128706", "OSLD", (7026, 7027))
"""OSLD (DCM 128706)."""

IonChamber: _Final[_Code] = _Code("DCM", "128707", "Ion Chamber", (7026, 7027))
"""Ion Chamber (DCM 128707)."""

DigitalImager: _Final[_Code] = _Code("SCT", "468440006", "Digital imager", (7026, 7027, 9268, 9271))
"""Digital imager (SCT 468440006)."""

DiamondDetector: _Final[_Code] = _Code("DCM", "128708", "Diamond Detector", (7026, 7027))
"""Diamond Detector (DCM 128708)."""

RPLGD: _Final[_Code] = _Code("DCM", "128709", "RPLGD", (7026, 7027))
"""RPLGD (DCM 128709)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
