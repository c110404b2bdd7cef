"""CID 12311 Echo Measured Strain Property.

Non-extensible, version 20211112, UID 1.2.840.10008.6.1.1428.

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
LongitudinalLagrangianStrain: _Final[_Code]
PeakLongitudinalLagrangianStrain: _Final[_Code]
TimeToPeakLongitudinalLagrangianStrain: _Final[_Code]
MechanicalDispersion: _Final[_Code]
LongitudinalLagrangianStrainRate: _Final[_Code]
RadialLagrangianStrain: _Final[_Code]
RadialLagrangianStrainRate: _Final[_Code]
CircumferentialLagrangianStrain: _Final[_Code]
CircumferentialLagrangianStrainRate: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
