"""CID 4014 View for Mammography.

Non-extensible, version 20090717, UID 1.2.840.10008.6.1.298.

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
MedioLateral: _Final[_Code]
MedioLateralOblique: _Final[_Code]
LateroMedial: _Final[_Code]
LateroMedialOblique: _Final[_Code]
CranioCaudal: _Final[_Code]
CaudoCranial: _Final[_Code]
SuperolateralToInferomedialOblique: _Final[_Code]
InferomedialToSuperolateralOblique: _Final[_Code]
CranioCaudalExaggeratedLaterally: _Final[_Code]
CranioCaudalExaggeratedMedially: _Final[_Code]
TissueSpecimenFromBreast: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
