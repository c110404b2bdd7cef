"""CID 6303 Prostate Sector Anatomy from European Concensus 27 Sector (Optimal) Model.

Extensible, version 20161106, UID 1.2.840.10008.6.1.1141.

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
ApicalAnteriorFibromuscularStromaOfProstate: _Final[_Code]
BasalAnteriorFibromuscularStromaOfProstate: _Final[_Code]
CentralZoneOfLeftHalfProstate: _Final[_Code]
CentralZoneOfRightHalfProstate: _Final[_Code]
LeftAnteriorApicalPeripheralZoneOfProstate: _Final[_Code]
LeftAnteriorBasalPeripheralZoneOfProstate: _Final[_Code]
LeftAnteriorMiddlePeripheralZoneOfProstate: _Final[_Code]
LeftApicalTransitionZoneOfProstate: _Final[_Code]
LeftBasalPartTransitionZoneOfProstate: _Final[_Code]
LeftMiddleTransitionZoneOfProstate: _Final[_Code]
LeftPosterolateralApicalPeripheralZoneOfProstate: _Final[_Code]
LeftPosterolateralBasalPeripheralZoneOfProstate: _Final[_Code]
LeftPosterolateralMiddlePeripheralZoneOfProstate: _Final[_Code]
LeftPosteromedialApicalPeripheralZoneOfProstate: _Final[_Code]
LeftPosteromedialMiddlePeripheralZoneOfProstate: _Final[_Code]
LeftSeminalVesicle: _Final[_Code]
MaleExternalUrethralSphincter: _Final[_Code]
MiddleAnteriorFibromuscularStromaOfProstate: _Final[_Code]
RightAnteriorApicalPeripheralZoneOfProstate: _Final[_Code]
RightAnteriorBasalPeripheralZoneOfProstate: _Final[_Code]
RightAnteriorMiddlePeripheralZoneOfProstate: _Final[_Code]
RightApicalTransitionZoneOfProstate: _Final[_Code]
RightBasalTransitionZoneOfProstate: _Final[_Code]
RightMiddleTransitionZoneOfProstate: _Final[_Code]
RightPosterolateralApicalPeripheralZoneOfProstate: _Final[_Code]
RightPosterolateralBasalPeripheralZoneOfProstate: _Final[_Code]
RightPosterolateralMiddlePeripheralZoneOfProstate: _Final[_Code]
RightPosteromedialApicalPeripheralZoneOfProstate: _Final[_Code]
RightPosteromedialMiddlePeripheralZoneOfProstate: _Final[_Code]
RightSeminalVesicle: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
