"""CID 12311 Echo Measured Strain Property.

Non-extensible, version 20211112, UID 1.2.840.10008.6.1.1428.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
LongitudinalLagrangianStrain: _Final[_groups.Cid12311Code]
PeakLongitudinalLagrangianStrain: _Final[_groups.Cid12311Code]
TimeToPeakLongitudinalLagrangianStrain: _Final[_groups.Cid12311Code]
MechanicalDispersion: _Final[_groups.Cid12311Code]
LongitudinalLagrangianStrainRate: _Final[_groups.Cid12311Code]
RadialLagrangianStrain: _Final[_groups.Cid12311Code]
RadialLagrangianStrainRate: _Final[_groups.Cid12311Code]
CircumferentialLagrangianStrain: _Final[_groups.Cid12311Code]
CircumferentialLagrangianStrainRate: _Final[_groups.Cid12311Code]
MEMBERS: _Final[tuple[_groups.Cid12311Code, ...]]
