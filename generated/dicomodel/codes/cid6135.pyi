"""CID 6135 Image Quality Finding.

Extensible, version 20090402, UID 1.2.840.10008.6.1.455.

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
GridArtifacts: _Final[_groups.Cid6135Code]
Positioning: _Final[_groups.Cid6135Code]
MotionBlur: _Final[_groups.Cid6135Code]
UnderExposed: _Final[_groups.Cid6135Code]
OverExposed: _Final[_groups.Cid6135Code]
NoImage: _Final[_groups.Cid6135Code]
DetectorArtifacts: _Final[_groups.Cid6135Code]
ArtifactsOtherThanGridOrDetectorArtifact: _Final[_groups.Cid6135Code]
MechanicalFailure: _Final[_groups.Cid6135Code]
ElectricalFailure: _Final[_groups.Cid6135Code]
SoftwareFailure: _Final[_groups.Cid6135Code]
InappropriateImageProcessing: _Final[_groups.Cid6135Code]
OtherFailure: _Final[_groups.Cid6135Code]
UnknownFailure: _Final[_groups.Cid6135Code]
BeamHardeningArtifact: _Final[_groups.Cid6135Code]
MEMBERS: _Final[tuple[_groups.Cid6135Code, ...]]
