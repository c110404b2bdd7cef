"""CID 6302 Prostate Sector Anatomy from European Concensus 16 Sector (Minimal) Model.

Extensible, version 20161106, UID 1.2.840.10008.6.1.1140.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

CentralZoneOfLeftHalfProstate: _Final[_groups.Cid6302Code]
CentralZoneOfRightHalfProstate: _Final[_groups.Cid6302Code]
LeftApicalPeripheralZoneOfProstate: _Final[_groups.Cid6302Code]
LeftApicalTransitionZoneOfProstate: _Final[_groups.Cid6302Code]
LeftBasalPartTransitionZoneOfProstate: _Final[_groups.Cid6302Code]
LeftBasalPeripheralZoneOfProstate: _Final[_groups.Cid6302Code]
LeftLateralMiddlePeripheralZoneOfProstate: _Final[_groups.Cid6302Code]
LeftMiddleTransitionZoneOfProstate: _Final[_groups.Cid6302Code]
LeftPosteromedialMiddlePeripheralZoneOfProstate: _Final[_groups.Cid6302Code]
LeftSeminalVesicle: _Final[_groups.Cid6302Code]
MaleExternalUrethralSphincter: _Final[_groups.Cid6302Code]
RightApicalPeripheralZoneOfProstate: _Final[_groups.Cid6302Code]
RightApicalTransitionZoneOfProstate: _Final[_groups.Cid6302Code]
RightBasalPeripheralZoneOfProstate: _Final[_groups.Cid6302Code]
RightBasalTransitionZoneOfProstate: _Final[_groups.Cid6302Code]
RightLateralMiddlePeripheralZoneOfProstate: _Final[_groups.Cid6302Code]
RightMiddleTransitionZoneOfProstate: _Final[_groups.Cid6302Code]
RightPosteromedialMiddlePeripheralZoneOfProstate: _Final[_groups.Cid6302Code]
RightSeminalVesicle: _Final[_groups.Cid6302Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6302Code]]
