"""CID 10025 Radiation Dose Reference Point.

Extensible, version 20230121, UID 1.2.840.10008.6.1.1056.

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
_15cmFromIsocenterTowardSource: _Final[_groups.Cid10025Code]
_30cmInFrontOfImageInputSurface: _Final[_groups.Cid10025Code]
_1cmAboveTabletop: _Final[_groups.Cid10025Code]
_30cmAboveTabletop: _Final[_groups.Cid10025Code]
_15cmFromTableCenterline: _Final[_groups.Cid10025Code]
_4Point2cmAboveBreastSupportSurface: _Final[_groups.Cid10025Code]
InDetectorPlane: _Final[_groups.Cid10025Code]
AtSurfaceOfPatient: _Final[_groups.Cid10025Code]
_100cmFromXRaySource: _Final[_groups.Cid10025Code]
MEMBERS: _Final[tuple[_groups.Cid10025Code, ...]]
