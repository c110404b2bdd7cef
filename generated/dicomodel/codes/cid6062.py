"""CID 6062 Interventional Procedure Complication.

Extensible, version 20181110, UID 1.2.840.10008.6.1.391.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6062
NAME: _Final[str] = "Interventional Procedure Complication"
KEYWORD: _Final[str | None] = "InterventionalProcedureComplication"
UID: _Final[str | None] = "1.2.840.10008.6.1.391"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20181110"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

HemorrhagePostprocedure: _Final[_Code] = _Code(
    "SCT", "110265006", "Hemorrhage postprocedure", (6062,)
)
"""Hemorrhage postprocedure (SCT 110265006)."""

AbnormalDischarge: _Final[_Code] = _Code("DCM", "111491", "Abnormal discharge", (6062,))
"""Abnormal discharge (DCM 111491)."""

HematomaPostoperative: _Final[_Code] = _Code(
    "SCT", "213262007", "Hematoma - postoperative", (6062,)
)
"""Hematoma - postoperative (SCT 213262007)."""

Weal: _Final[_Code] = _Code("SCT", "247472004", "Weal", (6062,))
"""Weal (SCT 247472004)."""

HealthcareAssociatedInfection: _Final[_Code] = _Code(
    "SCT", "408678008", "Healthcare associated infection", (6062,)
)
"""Healthcare associated infection (SCT 408678008)."""

PersistentPainFollowingProcedure: _Final[_Code] = _Code(
    "SCT", "279047007", "Persistent pain following procedure", (6062,)
)
"""Persistent pain following procedure (SCT 279047007)."""

Pneumothorax: _Final[_Code] = _Code("SCT", "36118008", "Pneumothorax", (6062, 6105))
"""Pneumothorax (SCT 36118008)."""

Rash: _Final[_Code] = _Code("SCT", "271807003", "Rash", (6062,))
"""Rash (SCT 271807003)."""

Swelling: _Final[_Code] = _Code("SCT", "65124004", "Swelling", (6062,))
"""Swelling (SCT 65124004)."""

VasovagalSyncope: _Final[_Code] = _Code("SCT", "398665005", "Vasovagal syncope", (6062,))
"""Vasovagal syncope (SCT 398665005)."""

NoComplications: _Final[_Code] = _Code("DCM", "111492", "No complications", (6062,))
"""No complications (DCM 111492)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    HemorrhagePostprocedure,
    AbnormalDischarge,
    HematomaPostoperative,
    Weal,
    HealthcareAssociatedInfection,
    PersistentPainFollowingProcedure,
    Pneumothorax,
    Rash,
    Swelling,
    VasovagalSyncope,
    NoComplications,
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
