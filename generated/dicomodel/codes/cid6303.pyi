"""CID 6303 Prostate Sector Anatomy from European Concensus 27 Sector (Optimal) Model.

Extensible, version 20161106, UID 1.2.840.10008.6.1.1141.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

ApicalAnteriorFibromuscularStromaOfProstate: _Final[_groups.Cid6303Code]
BasalAnteriorFibromuscularStromaOfProstate: _Final[_groups.Cid6303Code]
CentralZoneOfLeftHalfProstate: _Final[_groups.Cid6303Code]
CentralZoneOfRightHalfProstate: _Final[_groups.Cid6303Code]
LeftAnteriorApicalPeripheralZoneOfProstate: _Final[_groups.Cid6303Code]
LeftAnteriorBasalPeripheralZoneOfProstate: _Final[_groups.Cid6303Code]
LeftAnteriorMiddlePeripheralZoneOfProstate: _Final[_groups.Cid6303Code]
LeftApicalTransitionZoneOfProstate: _Final[_groups.Cid6303Code]
LeftBasalPartTransitionZoneOfProstate: _Final[_groups.Cid6303Code]
LeftMiddleTransitionZoneOfProstate: _Final[_groups.Cid6303Code]
LeftPosterolateralApicalPeripheralZoneOfProstate: _Final[_groups.Cid6303Code]
LeftPosterolateralBasalPeripheralZoneOfProstate: _Final[_groups.Cid6303Code]
LeftPosterolateralMiddlePeripheralZoneOfProstate: _Final[_groups.Cid6303Code]
LeftPosteromedialApicalPeripheralZoneOfProstate: _Final[_groups.Cid6303Code]
LeftPosteromedialMiddlePeripheralZoneOfProstate: _Final[_groups.Cid6303Code]
LeftSeminalVesicle: _Final[_groups.Cid6303Code]
MaleExternalUrethralSphincter: _Final[_groups.Cid6303Code]
MiddleAnteriorFibromuscularStromaOfProstate: _Final[_groups.Cid6303Code]
RightAnteriorApicalPeripheralZoneOfProstate: _Final[_groups.Cid6303Code]
RightAnteriorBasalPeripheralZoneOfProstate: _Final[_groups.Cid6303Code]
RightAnteriorMiddlePeripheralZoneOfProstate: _Final[_groups.Cid6303Code]
RightApicalTransitionZoneOfProstate: _Final[_groups.Cid6303Code]
RightBasalTransitionZoneOfProstate: _Final[_groups.Cid6303Code]
RightMiddleTransitionZoneOfProstate: _Final[_groups.Cid6303Code]
RightPosterolateralApicalPeripheralZoneOfProstate: _Final[_groups.Cid6303Code]
RightPosterolateralBasalPeripheralZoneOfProstate: _Final[_groups.Cid6303Code]
RightPosterolateralMiddlePeripheralZoneOfProstate: _Final[_groups.Cid6303Code]
RightPosteromedialApicalPeripheralZoneOfProstate: _Final[_groups.Cid6303Code]
RightPosteromedialMiddlePeripheralZoneOfProstate: _Final[_groups.Cid6303Code]
RightSeminalVesicle: _Final[_groups.Cid6303Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6303Code]]
