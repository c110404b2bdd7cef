"""CID 6300 Prostate Anatomy.

Extensible, version 20210120, UID 1.2.840.10008.6.1.1138.
Includes CID 6304, CID 6302, CID 6303.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Prostate: _Final[_groups.Cid6300Code]
SeminalVesicle: _Final[_groups.Cid6300Code]
PeripheralZoneOfTheProstate: _Final[_groups.Cid6300Code]
TransitionZoneOfTheProstate: _Final[_groups.Cid6300Code]
AnteriorFibromuscularStromaOfProstate: _Final[_groups.Cid6300Code]
ProstaticUrethra: _Final[_groups.Cid6300Code]
LeftPosteromedialBasalPeripheralZoneOfProstate: _Final[_groups.Cid6300Code]
RightPosteromedialBasalPeripheralZoneOfProstate: _Final[_groups.Cid6300Code]
CentralZoneOfLeftHalfProstate: _Final[_groups.Cid6300Code]
CentralZoneOfRightHalfProstate: _Final[_groups.Cid6300Code]
LeftAnteriorApicalPeripheralZoneOfProstate: _Final[_groups.Cid6300Code]
LeftAnteriorApicalTransitionZoneOfProstate: _Final[_groups.Cid6300Code]
LeftAnteriorBasalPeripheralZoneOfProstate: _Final[_groups.Cid6300Code]
LeftAnteriorBasalTransitionZoneOfProstate: _Final[_groups.Cid6300Code]
LeftAnteriorMiddlePeripheralZoneOfProstate: _Final[_groups.Cid6300Code]
LeftAnteriorMiddleTransitionZoneOfProstate: _Final[_groups.Cid6300Code]
LeftApicalAnteriorFibromuscularStromaOfProstate: _Final[_groups.Cid6300Code]
LeftBasalAnteriorFibromuscularStromaOfProstate: _Final[_groups.Cid6300Code]
LeftMiddleAnteriorFibromuscularStromaOfProstate: _Final[_groups.Cid6300Code]
LeftPosteriorApicalTransitionZoneOfProstate: _Final[_groups.Cid6300Code]
LeftPosteriorBasalTransitionZoneOfProstate: _Final[_groups.Cid6300Code]
LeftPosteriorMiddleTransitionZoneOfProstate: _Final[_groups.Cid6300Code]
LeftPosterolateralApicalPeripheralZoneOfProstate: _Final[_groups.Cid6300Code]
LeftPosterolateralBasalPeripheralZoneOfProstate: _Final[_groups.Cid6300Code]
LeftPosterolateralMiddlePeripheralZoneOfProstate: _Final[_groups.Cid6300Code]
LeftPosteromedialApicalPeripheralZoneOfProstate: _Final[_groups.Cid6300Code]
LeftPosteromedialMiddlePeripheralZoneOfProstate: _Final[_groups.Cid6300Code]
LeftSeminalVesicle: _Final[_groups.Cid6300Code]
MaleExternalUrethralSphincter: _Final[_groups.Cid6300Code]
RightAnteriorApicalPeripheralZoneOfProstate: _Final[_groups.Cid6300Code]
RightAnteriorApicalTransitionZoneOfProstate: _Final[_groups.Cid6300Code]
RightAnteriorBasalPeripheralZoneOfProstate: _Final[_groups.Cid6300Code]
RightAnteriorBasalTransitionZoneOfProstate: _Final[_groups.Cid6300Code]
RightAnteriorMiddlePeripheralZoneOfProstate: _Final[_groups.Cid6300Code]
RightAnteriorMiddleTransitionZoneOfProstate: _Final[_groups.Cid6300Code]
RightApicalAnteriorFibromuscularStromaOfProstate: _Final[_groups.Cid6300Code]
RightBasalAnteriorFibromuscularStromaOfProstate: _Final[_groups.Cid6300Code]
RightMiddleAnteriorFibromuscularStromaOfProstate: _Final[_groups.Cid6300Code]
RightPosteriorApicalTransitionZoneOfProstate: _Final[_groups.Cid6300Code]
RightPosteriorBasalTransitionZoneOfProstate: _Final[_groups.Cid6300Code]
RightPosteriorMiddleTransitionZoneOfProstate: _Final[_groups.Cid6300Code]
RightPosterolateralApicalPeripheralZoneOfProstate: _Final[_groups.Cid6300Code]
RightPosterolateralBasalPeripheralZoneOfProstate: _Final[_groups.Cid6300Code]
RightPosterolateralMiddlePeripheralZoneOfProstate: _Final[_groups.Cid6300Code]
RightPosteromedialApicalPeripheralZoneOfProstate: _Final[_groups.Cid6300Code]
RightPosteromedialMiddlePeripheralZoneOfProstate: _Final[_groups.Cid6300Code]
RightSeminalVesicle: _Final[_groups.Cid6300Code]
LeftApicalPeripheralZoneOfProstate: _Final[_groups.Cid6300Code]
LeftApicalTransitionZoneOfProstate: _Final[_groups.Cid6300Code]
LeftBasalPartTransitionZoneOfProstate: _Final[_groups.Cid6300Code]
LeftBasalPeripheralZoneOfProstate: _Final[_groups.Cid6300Code]
LeftLateralMiddlePeripheralZoneOfProstate: _Final[_groups.Cid6300Code]
LeftMiddleTransitionZoneOfProstate: _Final[_groups.Cid6300Code]
RightApicalPeripheralZoneOfProstate: _Final[_groups.Cid6300Code]
RightApicalTransitionZoneOfProstate: _Final[_groups.Cid6300Code]
RightBasalPeripheralZoneOfProstate: _Final[_groups.Cid6300Code]
RightBasalTransitionZoneOfProstate: _Final[_groups.Cid6300Code]
RightLateralMiddlePeripheralZoneOfProstate: _Final[_groups.Cid6300Code]
RightMiddleTransitionZoneOfProstate: _Final[_groups.Cid6300Code]
ApicalAnteriorFibromuscularStromaOfProstate: _Final[_groups.Cid6300Code]
BasalAnteriorFibromuscularStromaOfProstate: _Final[_groups.Cid6300Code]
MiddleAnteriorFibromuscularStromaOfProstate: _Final[_groups.Cid6300Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6300Code]]
