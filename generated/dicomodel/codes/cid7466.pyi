"""CID 7466 PET Region of Interest Measurement.

Extensible, version 20141110, UID 1.2.840.10008.6.1.999.

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
MetabolicVolume: _Final[_Code]
TotalLesionGlycolysis: _Final[_Code]
Glycolysis: _Final[_Code]
TotalLesionProliferation: _Final[_Code]
ProliferativeActivity: _Final[_Code]
StandardizedAddedMetabolicActivity: _Final[_Code]
StandardizedAddedMetabolicActivityBackground: _Final[_Code]
LesionToBackgroundSUVRatio: _Final[_Code]
BackgroundForLesionToBackgroundSUVRatio: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
