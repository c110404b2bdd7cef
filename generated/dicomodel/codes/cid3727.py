"""CID 3727 Catheterization Indication.

Extensible, version 20111028, UID 1.2.840.10008.6.1.227.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3727
NAME: Final[str] = "Catheterization Indication"
KEYWORD: Final[str | None] = "CatheterizationIndication"
UID: Final[str | None] = "1.2.840.10008.6.1.227"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20111028"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

CardiogenicShock: Final[Code] = Code(
    "SCT", "89138009", "cardiogenic shock", (3700, 3726, 3727, 3755)
)
"""cardiogenic shock (SCT 89138009)."""

ValvularHeartDisease: Final[Code] = Code(
    "SCT", "368009", "valvular heart disease", (3201, 3727, 12246)
)
"""valvular heart disease (SCT 368009)."""

Arrhythmia: Final[Code] = Code(
    "SCT", "44808001", "Arrhythmia", (3201, 3221, 3727, 3755, 3756, 12246)
)
"""Arrhythmia (SCT 44808001)."""

IschemicHeartDisease: Final[Code] = Code("SCT", "414545008", "ischemic heart disease", (3727,))
"""ischemic heart disease (SCT 414545008)."""

CardiacFunctionTestAbnormal: Final[Code] = Code(
    "SCT", "165076002", "cardiac function test abnormal", (3727,)
)
"""cardiac function test abnormal (SCT 165076002)."""

HeartTransplant: Final[Code] = Code("SCT", "32413006", "heart transplant", (3721, 3727))
"""heart transplant (SCT 32413006)."""

HeartDiseaseCongenital: Final[Code] = Code(
    "SCT", "13213009", "heart disease - congenital", (3700, 3727, 3728, 12246)
)
"""heart disease - congenital (SCT 13213009)."""

Cardiomyopathy: Final[Code] = Code("SCT", "85898001", "cardiomyopathy", (64, 3727))
"""cardiomyopathy (SCT 85898001)."""

HeartDisease: Final[Code] = Code("SCT", "56265001", "heart disease", (3727,))
"""heart disease (SCT 56265001)."""

MEMBERS: Final[tuple[Code, ...]] = (
    CardiogenicShock,
    ValvularHeartDisease,
    Arrhythmia,
    IschemicHeartDisease,
    CardiacFunctionTestAbnormal,
    HeartTransplant,
    HeartDiseaseCongenital,
    Cardiomyopathy,
    HeartDisease,
)
"""The resolved membership: own members, then those of the included groups, in order."""
