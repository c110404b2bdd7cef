"""CID 6135 Image Quality Finding.

Extensible, version 20090402, UID 1.2.840.10008.6.1.455.

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
GridArtifacts: _Final[_Code]
Positioning: _Final[_Code]
MotionBlur: _Final[_Code]
UnderExposed: _Final[_Code]
OverExposed: _Final[_Code]
NoImage: _Final[_Code]
DetectorArtifacts: _Final[_Code]
ArtifactsOtherThanGridOrDetectorArtifact: _Final[_Code]
MechanicalFailure: _Final[_Code]
ElectricalFailure: _Final[_Code]
SoftwareFailure: _Final[_Code]
InappropriateImageProcessing: _Final[_Code]
OtherFailure: _Final[_Code]
UnknownFailure: _Final[_Code]
BeamHardeningArtifact: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
