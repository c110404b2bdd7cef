"""CID 3446 Skin Condition.

Extensible, version 20030327, UID 1.2.840.10008.6.1.96.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3446
NAME: Final[str] = "Skin Condition"
KEYWORD: Final[str | None] = "SkinCondition"
UID: Final[str | None] = "1.2.840.10008.6.1.96"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

SkinConditionWarm: Final[Code] = Code("DCM", "122271", "skin condition Warm", (3446,))
"""skin condition Warm (DCM 122271)."""

SkinConditionCool: Final[Code] = Code("DCM", "122272", "skin condition Cool", (3446,))
"""skin condition Cool (DCM 122272)."""

SkinConditionCold: Final[Code] = Code("DCM", "122273", "skin condition Cold", (3446,))
"""skin condition Cold (DCM 122273)."""

SkinConditionDry: Final[Code] = Code("DCM", "122274", "skin condition Dry", (3446,))
"""skin condition Dry (DCM 122274)."""

SkinConditionClammy: Final[Code] = Code("DCM", "122275", "skin condition Clammy", (3446,))
"""skin condition Clammy (DCM 122275)."""

SkinConditionDiaphoretic: Final[Code] = Code("DCM", "122276", "skin condition Diaphoretic", (3446,))
"""skin condition Diaphoretic (DCM 122276)."""

SkinConditionFlush: Final[Code] = Code("DCM", "122277", "skin condition Flush", (3446,))
"""skin condition Flush (DCM 122277)."""

SkinConditionMottled: Final[Code] = Code("DCM", "122278", "skin condition Mottled", (3446,))
"""skin condition Mottled (DCM 122278)."""

SkinConditionPale: Final[Code] = Code("DCM", "122279", "skin condition Pale", (3446,))
"""skin condition Pale (DCM 122279)."""

MEMBERS: Final[tuple[Code, ...]] = (
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
