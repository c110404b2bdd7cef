"""CID 3739 Cath Procedure Type.

Extensible, version 20030327, UID 1.2.840.10008.6.1.236.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3739
NAME: _Final[str] = "Cath Procedure Type"
KEYWORD: _Final[str | None] = "CathProcedureType"
UID: _Final[str | None] = "1.2.840.10008.6.1.236"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

CatheterizationOfRightHeart: _Final[_Code] = _Code(
    "SCT", "40403005", "Catheterization of right heart", (3250, 3739)
)
"""Catheterization of right heart (SCT 40403005)."""

CatheterizationOfLeftHeart: _Final[_Code] = _Code(
    "SCT", "67629009", "Catheterization of left heart", (3250, 3739)
)
"""Catheterization of left heart (SCT 67629009)."""

CatheterizationOfBothLeftAndRightHeartWithGraft: _Final[_Code] = _Code(
    "SCT", "128952006", "Catheterization of both left and right heart with graft", (3250, 3739)
)
"""Catheterization of both left and right heart with graft (SCT 128952006)."""

CatheterizationOfBothLeftAndRightHeartWithoutGraft: _Final[_Code] = _Code(
    "SCT", "128953001", "Catheterization of both left and right heart without graft", (3250, 3739)
)
"""Catheterization of both left and right heart without graft (SCT 128953001)."""

PercutaneousCoronaryIntervention: _Final[_Code] = _Code(
    "DCM", "122061", "Percutaneous Coronary Intervention", (3739,)
)
"""Percutaneous Coronary Intervention (DCM 122061)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    CatheterizationOfRightHeart,
    CatheterizationOfLeftHeart,
    CatheterizationOfBothLeftAndRightHeartWithGraft,
    CatheterizationOfBothLeftAndRightHeartWithoutGraft,
    PercutaneousCoronaryIntervention,
)
"""The resolved membership: own members, then those of the included groups, in order."""

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
