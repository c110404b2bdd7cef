"""CID 3739 Cath Procedure Type.

Extensible, version 20030327, UID 1.2.840.10008.6.1.236.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3739
NAME: Final[str] = "Cath Procedure Type"
KEYWORD: Final[str | None] = "CathProcedureType"
UID: Final[str | None] = "1.2.840.10008.6.1.236"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

CatheterizationOfRightHeart: Final[Code] = Code(
    "SCT", "40403005", "Catheterization of right heart", (3250, 3739)
)
"""Catheterization of right heart (SCT 40403005)."""

CatheterizationOfLeftHeart: Final[Code] = Code(
    "SCT", "67629009", "Catheterization of left heart", (3250, 3739)
)
"""Catheterization of left heart (SCT 67629009)."""

CatheterizationOfBothLeftAndRightHeartWithGraft: Final[Code] = Code(
    "SCT", "128952006", "Catheterization of both left and right heart with graft", (3250, 3739)
)
"""Catheterization of both left and right heart with graft (SCT 128952006)."""

CatheterizationOfBothLeftAndRightHeartWithoutGraft: Final[Code] = Code(
    "SCT", "128953001", "Catheterization of both left and right heart without graft", (3250, 3739)
)
"""Catheterization of both left and right heart without graft (SCT 128953001)."""

PercutaneousCoronaryIntervention: Final[Code] = Code(
    "DCM", "122061", "Percutaneous Coronary Intervention", (3739,)
)
"""Percutaneous Coronary Intervention (DCM 122061)."""

MEMBERS: Final[tuple[Code, ...]] = (
    CatheterizationOfRightHeart,
    CatheterizationOfLeftHeart,
    CatheterizationOfBothLeftAndRightHeartWithGraft,
    CatheterizationOfBothLeftAndRightHeartWithoutGraft,
    PercutaneousCoronaryIntervention,
)
"""The resolved membership: own members, then those of the included groups, in order."""
