"""CID 6301 Prostate Sector Anatomy from PI-RADS v2.

Extensible, version 20161106, UID 1.2.840.10008.6.1.1139.

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
CentralZoneOfLeftHalfProstate: _Final[_Code]
CentralZoneOfRightHalfProstate: _Final[_Code]
LeftAnteriorApicalPeripheralZoneOfProstate: _Final[_Code]
LeftAnteriorApicalTransitionZoneOfProstate: _Final[_Code]
LeftAnteriorBasalPeripheralZoneOfProstate: _Final[_Code]
LeftAnteriorBasalTransitionZoneOfProstate: _Final[_Code]
LeftAnteriorMiddlePeripheralZoneOfProstate: _Final[_Code]
LeftAnteriorMiddleTransitionZoneOfProstate: _Final[_Code]
LeftApicalAnteriorFibromuscularStromaOfProstate: _Final[_Code]
LeftBasalAnteriorFibromuscularStromaOfProstate: _Final[_Code]
LeftMiddleAnteriorFibromuscularStromaOfProstate: _Final[_Code]
LeftPosteriorApicalTransitionZoneOfProstate: _Final[_Code]
LeftPosteriorBasalTransitionZoneOfProstate: _Final[_Code]
LeftPosteriorMiddleTransitionZoneOfProstate: _Final[_Code]
LeftPosterolateralApicalPeripheralZoneOfProstate: _Final[_Code]
LeftPosterolateralBasalPeripheralZoneOfProstate: _Final[_Code]
LeftPosterolateralMiddlePeripheralZoneOfProstate: _Final[_Code]
LeftPosteromedialApicalPeripheralZoneOfProstate: _Final[_Code]
LeftPosteromedialMiddlePeripheralZoneOfProstate: _Final[_Code]
LeftSeminalVesicle: _Final[_Code]
MaleExternalUrethralSphincter: _Final[_Code]
RightAnteriorApicalPeripheralZoneOfProstate: _Final[_Code]
RightAnteriorApicalTransitionZoneOfProstate: _Final[_Code]
RightAnteriorBasalPeripheralZoneOfProstate: _Final[_Code]
RightAnteriorBasalTransitionZoneOfProstate: _Final[_Code]
RightAnteriorMiddlePeripheralZoneOfProstate: _Final[_Code]
RightAnteriorMiddleTransitionZoneOfProstate: _Final[_Code]
RightApicalAnteriorFibromuscularStromaOfProstate: _Final[_Code]
RightBasalAnteriorFibromuscularStromaOfProstate: _Final[_Code]
RightMiddleAnteriorFibromuscularStromaOfProstate: _Final[_Code]
RightPosteriorApicalTransitionZoneOfProstate: _Final[_Code]
RightPosteriorBasalTransitionZoneOfProstate: _Final[_Code]
RightPosteriorMiddleTransitionZoneOfProstate: _Final[_Code]
RightPosterolateralApicalPeripheralZoneOfProstate: _Final[_Code]
RightPosterolateralBasalPeripheralZoneOfProstate: _Final[_Code]
RightPosterolateralMiddlePeripheralZoneOfProstate: _Final[_Code]
RightPosteromedialApicalPeripheralZoneOfProstate: _Final[_Code]
RightPosteromedialMiddlePeripheralZoneOfProstate: _Final[_Code]
RightSeminalVesicle: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
