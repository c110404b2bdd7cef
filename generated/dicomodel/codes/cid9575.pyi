"""CID 9575 Patient Alignment Device.

Extensible, version 20210906, UID 1.2.840.10008.6.1.1422.

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
LaserCrossHairs: _Final[_Code]
OpticalDistanceMeter: _Final[_Code]
MechanicalPointer: _Final[_Code]
RadiofrequencyTransponder: _Final[_Code]
OpticalSurfaceScanner: _Final[_Code]
LaserSurfaceScan: _Final[_Code]
InfraredMarker: _Final[_Code]
RadioactiveMarker: _Final[_Code]
ThermalImager: _Final[_Code]
CombinedStructuredLightThermalImager: _Final[_Code]
OcularFixationLight: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
