"""CID 7466 PET Region of Interest Measurement.

Extensible, version 20141110, UID 1.2.840.10008.6.1.999.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

MetabolicVolume: _Final[_groups.Cid7466Code]
TotalLesionGlycolysis: _Final[_groups.Cid7466Code]
Glycolysis: _Final[_groups.Cid7466Code]
TotalLesionProliferation: _Final[_groups.Cid7466Code]
ProliferativeActivity: _Final[_groups.Cid7466Code]
StandardizedAddedMetabolicActivity: _Final[_groups.Cid7466Code]
StandardizedAddedMetabolicActivityBackground: _Final[_groups.Cid7466Code]
LesionToBackgroundSUVRatio: _Final[_groups.Cid7466Code]
BackgroundForLesionToBackgroundSUVRatio: _Final[_groups.Cid7466Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7466Code]]
