"""CID 6304 Prostate Sector Anatomy from PI-RADS v2.1.

Extensible, version 20200117, UID 1.2.840.10008.6.1.1306.
Includes CID 6301.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

LeftPosteromedialBasalPeripheralZoneOfProstate: _Final[_groups.Cid6304Code]
RightPosteromedialBasalPeripheralZoneOfProstate: _Final[_groups.Cid6304Code]
CentralZoneOfLeftHalfProstate: _Final[_groups.Cid6304Code]
CentralZoneOfRightHalfProstate: _Final[_groups.Cid6304Code]
LeftAnteriorApicalPeripheralZoneOfProstate: _Final[_groups.Cid6304Code]
LeftAnteriorApicalTransitionZoneOfProstate: _Final[_groups.Cid6304Code]
LeftAnteriorBasalPeripheralZoneOfProstate: _Final[_groups.Cid6304Code]
LeftAnteriorBasalTransitionZoneOfProstate: _Final[_groups.Cid6304Code]
LeftAnteriorMiddlePeripheralZoneOfProstate: _Final[_groups.Cid6304Code]
LeftAnteriorMiddleTransitionZoneOfProstate: _Final[_groups.Cid6304Code]
LeftApicalAnteriorFibromuscularStromaOfProstate: _Final[_groups.Cid6304Code]
LeftBasalAnteriorFibromuscularStromaOfProstate: _Final[_groups.Cid6304Code]
LeftMiddleAnteriorFibromuscularStromaOfProstate: _Final[_groups.Cid6304Code]
LeftPosteriorApicalTransitionZoneOfProstate: _Final[_groups.Cid6304Code]
LeftPosteriorBasalTransitionZoneOfProstate: _Final[_groups.Cid6304Code]
LeftPosteriorMiddleTransitionZoneOfProstate: _Final[_groups.Cid6304Code]
LeftPosterolateralApicalPeripheralZoneOfProstate: _Final[_groups.Cid6304Code]
LeftPosterolateralBasalPeripheralZoneOfProstate: _Final[_groups.Cid6304Code]
LeftPosterolateralMiddlePeripheralZoneOfProstate: _Final[_groups.Cid6304Code]
LeftPosteromedialApicalPeripheralZoneOfProstate: _Final[_groups.Cid6304Code]
LeftPosteromedialMiddlePeripheralZoneOfProstate: _Final[_groups.Cid6304Code]
LeftSeminalVesicle: _Final[_groups.Cid6304Code]
MaleExternalUrethralSphincter: _Final[_groups.Cid6304Code]
RightAnteriorApicalPeripheralZoneOfProstate: _Final[_groups.Cid6304Code]
RightAnteriorApicalTransitionZoneOfProstate: _Final[_groups.Cid6304Code]
RightAnteriorBasalPeripheralZoneOfProstate: _Final[_groups.Cid6304Code]
RightAnteriorBasalTransitionZoneOfProstate: _Final[_groups.Cid6304Code]
RightAnteriorMiddlePeripheralZoneOfProstate: _Final[_groups.Cid6304Code]
RightAnteriorMiddleTransitionZoneOfProstate: _Final[_groups.Cid6304Code]
RightApicalAnteriorFibromuscularStromaOfProstate: _Final[_groups.Cid6304Code]
RightBasalAnteriorFibromuscularStromaOfProstate: _Final[_groups.Cid6304Code]
RightMiddleAnteriorFibromuscularStromaOfProstate: _Final[_groups.Cid6304Code]
RightPosteriorApicalTransitionZoneOfProstate: _Final[_groups.Cid6304Code]
RightPosteriorBasalTransitionZoneOfProstate: _Final[_groups.Cid6304Code]
RightPosteriorMiddleTransitionZoneOfProstate: _Final[_groups.Cid6304Code]
RightPosterolateralApicalPeripheralZoneOfProstate: _Final[_groups.Cid6304Code]
RightPosterolateralBasalPeripheralZoneOfProstate: _Final[_groups.Cid6304Code]
RightPosterolateralMiddlePeripheralZoneOfProstate: _Final[_groups.Cid6304Code]
RightPosteromedialApicalPeripheralZoneOfProstate: _Final[_groups.Cid6304Code]
RightPosteromedialMiddlePeripheralZoneOfProstate: _Final[_groups.Cid6304Code]
RightSeminalVesicle: _Final[_groups.Cid6304Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6304Code]]
