"""CID 6301 Prostate Sector Anatomy from PI-RADS v2.

Extensible, version 20161106, UID 1.2.840.10008.6.1.1139.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

CentralZoneOfLeftHalfProstate: _Final[_groups.Cid6301Code]
CentralZoneOfRightHalfProstate: _Final[_groups.Cid6301Code]
LeftAnteriorApicalPeripheralZoneOfProstate: _Final[_groups.Cid6301Code]
LeftAnteriorApicalTransitionZoneOfProstate: _Final[_groups.Cid6301Code]
LeftAnteriorBasalPeripheralZoneOfProstate: _Final[_groups.Cid6301Code]
LeftAnteriorBasalTransitionZoneOfProstate: _Final[_groups.Cid6301Code]
LeftAnteriorMiddlePeripheralZoneOfProstate: _Final[_groups.Cid6301Code]
LeftAnteriorMiddleTransitionZoneOfProstate: _Final[_groups.Cid6301Code]
LeftApicalAnteriorFibromuscularStromaOfProstate: _Final[_groups.Cid6301Code]
LeftBasalAnteriorFibromuscularStromaOfProstate: _Final[_groups.Cid6301Code]
LeftMiddleAnteriorFibromuscularStromaOfProstate: _Final[_groups.Cid6301Code]
LeftPosteriorApicalTransitionZoneOfProstate: _Final[_groups.Cid6301Code]
LeftPosteriorBasalTransitionZoneOfProstate: _Final[_groups.Cid6301Code]
LeftPosteriorMiddleTransitionZoneOfProstate: _Final[_groups.Cid6301Code]
LeftPosterolateralApicalPeripheralZoneOfProstate: _Final[_groups.Cid6301Code]
LeftPosterolateralBasalPeripheralZoneOfProstate: _Final[_groups.Cid6301Code]
LeftPosterolateralMiddlePeripheralZoneOfProstate: _Final[_groups.Cid6301Code]
LeftPosteromedialApicalPeripheralZoneOfProstate: _Final[_groups.Cid6301Code]
LeftPosteromedialMiddlePeripheralZoneOfProstate: _Final[_groups.Cid6301Code]
LeftSeminalVesicle: _Final[_groups.Cid6301Code]
MaleExternalUrethralSphincter: _Final[_groups.Cid6301Code]
RightAnteriorApicalPeripheralZoneOfProstate: _Final[_groups.Cid6301Code]
RightAnteriorApicalTransitionZoneOfProstate: _Final[_groups.Cid6301Code]
RightAnteriorBasalPeripheralZoneOfProstate: _Final[_groups.Cid6301Code]
RightAnteriorBasalTransitionZoneOfProstate: _Final[_groups.Cid6301Code]
RightAnteriorMiddlePeripheralZoneOfProstate: _Final[_groups.Cid6301Code]
RightAnteriorMiddleTransitionZoneOfProstate: _Final[_groups.Cid6301Code]
RightApicalAnteriorFibromuscularStromaOfProstate: _Final[_groups.Cid6301Code]
RightBasalAnteriorFibromuscularStromaOfProstate: _Final[_groups.Cid6301Code]
RightMiddleAnteriorFibromuscularStromaOfProstate: _Final[_groups.Cid6301Code]
RightPosteriorApicalTransitionZoneOfProstate: _Final[_groups.Cid6301Code]
RightPosteriorBasalTransitionZoneOfProstate: _Final[_groups.Cid6301Code]
RightPosteriorMiddleTransitionZoneOfProstate: _Final[_groups.Cid6301Code]
RightPosterolateralApicalPeripheralZoneOfProstate: _Final[_groups.Cid6301Code]
RightPosterolateralBasalPeripheralZoneOfProstate: _Final[_groups.Cid6301Code]
RightPosterolateralMiddlePeripheralZoneOfProstate: _Final[_groups.Cid6301Code]
RightPosteromedialApicalPeripheralZoneOfProstate: _Final[_groups.Cid6301Code]
RightPosteromedialMiddlePeripheralZoneOfProstate: _Final[_groups.Cid6301Code]
RightSeminalVesicle: _Final[_groups.Cid6301Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6301Code]]
