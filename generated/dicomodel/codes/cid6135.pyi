"""CID 6135 Image Quality Finding.

Extensible, version 20090402, UID 1.2.840.10008.6.1.455.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

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
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6135Code]]
