"""CID 7027 Segmented Radiotherapeutic Dose Measurement Device.

Extensible, version 20221201, UID 1.2.840.10008.6.1.1276.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
DiodeArray: _Final[_Code]
IonChamberArray: _Final[_Code]
ThermoluminescentRadiationDosimeter: _Final[_Code]
Diode: _Final[_Code]
LiquidIonChamber: _Final[_Code]
MOSFETRadiationTherapyDosimetrySystemDosimeter: _Final[_Code]
OSLD: _Final[_Code]
IonChamber: _Final[_Code]
DigitalImager: _Final[_Code]
DiamondDetector: _Final[_Code]
RPLGD: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
