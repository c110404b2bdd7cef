"""CID 7466 PET Region of Interest Measurement.

Extensible, version 20141110, UID 1.2.840.10008.6.1.999.

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
MetabolicVolume: _Final[_groups.Cid7466Code]
TotalLesionGlycolysis: _Final[_groups.Cid7466Code]
Glycolysis: _Final[_groups.Cid7466Code]
TotalLesionProliferation: _Final[_groups.Cid7466Code]
ProliferativeActivity: _Final[_groups.Cid7466Code]
StandardizedAddedMetabolicActivity: _Final[_groups.Cid7466Code]
StandardizedAddedMetabolicActivityBackground: _Final[_groups.Cid7466Code]
LesionToBackgroundSUVRatio: _Final[_groups.Cid7466Code]
BackgroundForLesionToBackgroundSUVRatio: _Final[_groups.Cid7466Code]
MEMBERS: _Final[tuple[_groups.Cid7466Code, ...]]
