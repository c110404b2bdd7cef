"""CID 6302 Prostate Sector Anatomy from European Concensus 16 Sector (Minimal) Model.

Extensible, version 20161106, UID 1.2.840.10008.6.1.1140.

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
LeftApicalPeripheralZoneOfProstate: _Final[_Code]
LeftApicalTransitionZoneOfProstate: _Final[_Code]
LeftBasalPartTransitionZoneOfProstate: _Final[_Code]
LeftBasalPeripheralZoneOfProstate: _Final[_Code]
LeftLateralMiddlePeripheralZoneOfProstate: _Final[_Code]
LeftMiddleTransitionZoneOfProstate: _Final[_Code]
LeftPosteromedialMiddlePeripheralZoneOfProstate: _Final[_Code]
LeftSeminalVesicle: _Final[_Code]
MaleExternalUrethralSphincter: _Final[_Code]
RightApicalPeripheralZoneOfProstate: _Final[_Code]
RightApicalTransitionZoneOfProstate: _Final[_Code]
RightBasalPeripheralZoneOfProstate: _Final[_Code]
RightBasalTransitionZoneOfProstate: _Final[_Code]
RightLateralMiddlePeripheralZoneOfProstate: _Final[_Code]
RightMiddleTransitionZoneOfProstate: _Final[_Code]
RightPosteromedialMiddlePeripheralZoneOfProstate: _Final[_Code]
RightSeminalVesicle: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
