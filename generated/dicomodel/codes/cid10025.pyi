"""CID 10025 Radiation Dose Reference Point.

Extensible, version 20230121, UID 1.2.840.10008.6.1.1056.

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
_15cmFromIsocenterTowardSource: _Final[_Code]
_30cmInFrontOfImageInputSurface: _Final[_Code]
_1cmAboveTabletop: _Final[_Code]
_30cmAboveTabletop: _Final[_Code]
_15cmFromTableCenterline: _Final[_Code]
_4Point2cmAboveBreastSupportSurface: _Final[_Code]
InDetectorPlane: _Final[_Code]
AtSurfaceOfPatient: _Final[_Code]
_100cmFromXRaySource: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
