"""CID 4014 View for Mammography.

Non-extensible, version 20090717, UID 1.2.840.10008.6.1.298.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

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
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid4014Code]]
