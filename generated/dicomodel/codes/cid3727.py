"""CID 3727 Catheterization Indication.

Extensible, version 20111028, UID 1.2.840.10008.6.1.227.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3727
NAME: _Final[str] = "Catheterization Indication"
KEYWORD: _Final[str | None] = "CatheterizationIndication"
UID: _Final[str | None] = "1.2.840.10008.6.1.227"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20111028"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

CardiogenicShock: _Final[_Code] = _Code(
    "SCT", "89138009", "cardiogenic shock", (3700, 3726, 3727, 3755)
)
"""cardiogenic shock (SCT 89138009)."""

ValvularHeartDisease: _Final[_Code] = _Code(
    "SCT", "368009", "valvular heart disease", (3201, 3727, 12246)
)
"""valvular heart disease (SCT 368009)."""

Arrhythmia: _Final[_Code] = _Code(
    "SCT", "44808001", "Arrhythmia", (3201, 3221, 3727, 3755, 3756, 12246)
)
"""Arrhythmia (SCT 44808001)."""

IschemicHeartDisease: _Final[_Code] = _Code("SCT", "414545008", "ischemic heart disease", (3727,))
"""ischemic heart disease (SCT 414545008)."""

CardiacFunctionTestAbnormal: _Final[_Code] = _Code(
    "SCT", "165076002", "cardiac function test abnormal", (3727,)
)
"""cardiac function test abnormal (SCT 165076002)."""

HeartTransplant: _Final[_Code] = _Code("SCT", "32413006", "heart transplant", (3721, 3727))
"""heart transplant (SCT 32413006)."""

HeartDiseaseCongenital: _Final[_Code] = _Code(
    "SCT", "13213009", "heart disease - congenital", (3700, 3727, 3728, 12246)
)
"""heart disease - congenital (SCT 13213009)."""

Cardiomyopathy: _Final[_Code] = _Code("SCT", "85898001", "cardiomyopathy", (64, 3727))
"""cardiomyopathy (SCT 85898001)."""

HeartDisease: _Final[_Code] = _Code("SCT", "56265001", "heart disease", (3727,))
"""heart disease (SCT 56265001)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
