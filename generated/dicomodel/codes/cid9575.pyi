"""CID 9575 Patient Alignment Device.

Extensible, version 20210906, UID 1.2.840.10008.6.1.1422.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
LaserCrossHairs: _Final[_groups.Cid9575Code]
OpticalDistanceMeter: _Final[_groups.Cid9575Code]
MechanicalPointer: _Final[_groups.Cid9575Code]
RadiofrequencyTransponder: _Final[_groups.Cid9575Code]
OpticalSurfaceScanner: _Final[_groups.Cid9575Code]
LaserSurfaceScan: _Final[_groups.Cid9575Code]
InfraredMarker: _Final[_groups.Cid9575Code]
RadioactiveMarker: _Final[_groups.Cid9575Code]
ThermalImager: _Final[_groups.Cid9575Code]
CombinedStructuredLightThermalImager: _Final[_groups.Cid9575Code]
OcularFixationLight: _Final[_groups.Cid9575Code]
MEMBERS: _Final[tuple[_groups.Cid9575Code, ...]]
