"""CID 3446 Skin Condition.

Extensible, version 20030327, UID 1.2.840.10008.6.1.96.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3446
NAME: _Final[str] = "Skin Condition"
KEYWORD: _Final[str | None] = "SkinCondition"
UID: _Final[str | None] = "1.2.840.10008.6.1.96"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

SkinConditionWarm: _Final[_Code] = _Code("DCM", "122271", "skin condition Warm", (3446,))
"""skin condition Warm (DCM 122271)."""

SkinConditionCool: _Final[_Code] = _Code("DCM", "122272", "skin condition Cool", (3446,))
"""skin condition Cool (DCM 122272)."""

SkinConditionCold: _Final[_Code] = _Code("DCM", "122273", "skin condition Cold", (3446,))
"""skin condition Cold (DCM 122273)."""

SkinConditionDry: _Final[_Code] = _Code("DCM", "122274", "skin condition Dry", (3446,))
"""skin condition Dry (DCM 122274)."""

SkinConditionClammy: _Final[_Code] = _Code("DCM", "122275", "skin condition Clammy", (3446,))
"""skin condition Clammy (DCM 122275)."""

SkinConditionDiaphoretic: _Final[_Code] = _Code(
    "DCM", "122276", "skin condition Diaphoretic", (3446,)
)
"""skin condition Diaphoretic (DCM 122276)."""

SkinConditionFlush: _Final[_Code] = _Code("DCM", "122277", "skin condition Flush", (3446,))
"""skin condition Flush (DCM 122277)."""

SkinConditionMottled: _Final[_Code] = _Code("DCM", "122278", "skin condition Mottled", (3446,))
"""skin condition Mottled (DCM 122278)."""

SkinConditionPale: _Final[_Code] = _Code("DCM", "122279", "skin condition Pale", (3446,))
"""skin condition Pale (DCM 122279)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    SkinConditionWarm,
    SkinConditionCool,
    SkinConditionCold,
    SkinConditionDry,
    SkinConditionClammy,
    SkinConditionDiaphoretic,
    SkinConditionFlush,
    SkinConditionMottled,
    SkinConditionPale,
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
