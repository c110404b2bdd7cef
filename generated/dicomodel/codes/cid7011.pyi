"""CID 7011 Rejected for Quality Reason.

Extensible, version 20020904, UID 1.2.840.10008.6.1.491.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

ImageArtifacts: _Final[_groups.Cid7011Code]
GridArtifacts: _Final[_groups.Cid7011Code]
Positioning: _Final[_groups.Cid7011Code]
MotionBlur: _Final[_groups.Cid7011Code]
UnderExposed: _Final[_groups.Cid7011Code]
OverExposed: _Final[_groups.Cid7011Code]
NoImage: _Final[_groups.Cid7011Code]
DetectorArtifacts: _Final[_groups.Cid7011Code]
ArtifactsOtherThanGridOrDetectorArtifact: _Final[_groups.Cid7011Code]
MechanicalFailure: _Final[_groups.Cid7011Code]
ElectricalFailure: _Final[_groups.Cid7011Code]
SoftwareFailure: _Final[_groups.Cid7011Code]
InappropriateImageProcessing: _Final[_groups.Cid7011Code]
OtherFailure: _Final[_groups.Cid7011Code]
UnknownFailure: _Final[_groups.Cid7011Code]
DoubleExposure: _Final[_groups.Cid7011Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7011Code]]
