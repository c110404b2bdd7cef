"""CID 3629 Procedure Intent.

Extensible, version 20230630, UID 1.2.840.10008.6.1.174.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3629
NAME: _Final[str] = "Procedure Intent"
KEYWORD: _Final[str | None] = "ProcedureIntent"
UID: _Final[str | None] = "1.2.840.10008.6.1.174"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20230630"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

DiagnosticIntent: _Final[_Code] = _Code(
    "SCT", "261004008", "Diagnostic Intent", (3629, 4256, 6061, 6319, 7064)
)
"""Diagnostic Intent (SCT 261004008)."""

TherapeuticIntent: _Final[_Code] = _Code("SCT", "262202000", "Therapeutic Intent", (3629,))
"""Therapeutic Intent (SCT 262202000)."""

CombinedDiagnosticAndTherapeuticIntent: _Final[_Code] = _Code(
    "SCT", "1279505009", "Combined Diagnostic and Therapeutic Intent", (3629,)
)
"""Combined Diagnostic and Therapeutic Intent (SCT 1279505009)."""

QualityControlIntent: _Final[_Code] = _Code(
    "DCM", "113680", "Quality Control Intent", (3629, 7031, 7064)
)
"""Quality Control Intent (DCM 113680)."""

StagingIntent: _Final[_Code] = _Code("SCT", "373825000", "Staging intent", (3629, 6327))
"""Staging intent (SCT 373825000)."""

GuidanceIntent: _Final[_Code] = _Code("SCT", "363675004", "Guidance Intent", (3629,))
"""Guidance Intent (SCT 363675004)."""

PalliativeIntent: _Final[_Code] = _Code("SCT", "363676003", "Palliative Intent", (3629,))
"""Palliative Intent (SCT 363676003)."""

ScreeningIntent: _Final[_Code] = _Code("SCT", "360156006", "Screening Intent", (3629, 4256, 6061))
"""Screening Intent (SCT 360156006)."""

ForensicIntent: _Final[_Code] = _Code("SCT", "447295008", "Forensic Intent", (3629,))
"""Forensic Intent (SCT 447295008)."""

AdjunctIntent: _Final[_Code] = _Code("SCT", "421974008", "Adjunct intent", (3629,))
"""Adjunct intent (SCT 421974008)."""

AdjuvantIntent: _Final[_Code] = _Code("SCT", "373846009", "Adjuvant intent", (3629,))
"""Adjuvant intent (SCT 373846009)."""

CurativeIntent: _Final[_Code] = _Code("SCT", "373808002", "Curative intent", (3629,))
"""Curative intent (SCT 373808002)."""

NeoAdjuvantIntent: _Final[_Code] = _Code("SCT", "373847000", "Neo-adjuvant intent", (3629,))
"""Neo-adjuvant intent (SCT 373847000)."""

SupportiveIntent: _Final[_Code] = _Code("SCT", "399707004", "Supportive intent", (3629,))
"""Supportive intent (SCT 399707004)."""

PreventiveIntent: _Final[_Code] = _Code("SCT", "129428001", "Preventive intent", (3629,))
"""Preventive intent (SCT 129428001)."""

ProphylacticIntent: _Final[_Code] = _Code("SCT", "360271000", "Prophylactic intent", (3629,))
"""Prophylactic intent (SCT 360271000)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    DiagnosticIntent,
    TherapeuticIntent,
    CombinedDiagnosticAndTherapeuticIntent,
    QualityControlIntent,
    StagingIntent,
    GuidanceIntent,
    PalliativeIntent,
    ScreeningIntent,
    ForensicIntent,
    AdjunctIntent,
    AdjuvantIntent,
    CurativeIntent,
    NeoAdjuvantIntent,
    SupportiveIntent,
    PreventiveIntent,
    ProphylacticIntent,
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
