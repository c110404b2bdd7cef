"""CID 7011 Rejected for Quality Reason.

Extensible, version 20020904, UID 1.2.840.10008.6.1.491.

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
ImageArtifacts: _Final[_Code]
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
DoubleExposure: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
