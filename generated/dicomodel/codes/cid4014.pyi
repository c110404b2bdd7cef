"""CID 4014 View for Mammography.

Non-extensible, version 20090717, UID 1.2.840.10008.6.1.298.

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
MedioLateral: _Final[_groups.Cid4014Code]
MedioLateralOblique: _Final[_groups.Cid4014Code]
LateroMedial: _Final[_groups.Cid4014Code]
LateroMedialOblique: _Final[_groups.Cid4014Code]
CranioCaudal: _Final[_groups.Cid4014Code]
CaudoCranial: _Final[_groups.Cid4014Code]
SuperolateralToInferomedialOblique: _Final[_groups.Cid4014Code]
InferomedialToSuperolateralOblique: _Final[_groups.Cid4014Code]
CranioCaudalExaggeratedLaterally: _Final[_groups.Cid4014Code]
CranioCaudalExaggeratedMedially: _Final[_groups.Cid4014Code]
TissueSpecimenFromBreast: _Final[_groups.Cid4014Code]
MEMBERS: _Final[tuple[_groups.Cid4014Code, ...]]
