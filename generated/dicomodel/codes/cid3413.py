"""CID 3413 Adverse Outcome.

Extensible, version 20030327, UID 1.2.840.10008.6.1.78.
Includes CID 3754, CID 3755.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3413
NAME: _Final[str] = "Adverse Outcome"
KEYWORD: _Final[str | None] = "AdverseOutcome"
UID: _Final[str | None] = "1.2.840.10008.6.1.78"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = (3754, 3755)
EXTERNAL_SCHEME: _Final[str | None] = None

DeathDuringCatheterization: _Final[_Code] = _Code(
    "DCM", "122167", "Death During Catheterization", (3413,)
)
"""Death During Catheterization (DCM 122167)."""

Bleeding: _Final[_Code] = _Code("SCT", "50960005", "Bleeding", (3754, 6338, 7159))
"""Bleeding (SCT 50960005). Included from CID 3754."""

OcclusionOfArtery: _Final[_Code] = _Code("SCT", "1386000", "Occlusion of artery", (3754,))
"""Occlusion of artery (SCT 1386000). Included from CID 3754."""

LossOfDistalPulse: _Final[_Code] = _Code("SCT", "414617007", "Loss of distal pulse", (3754,))
"""Loss of distal pulse (SCT 414617007). Included from CID 3754."""

ArterialDissection: _Final[_Code] = _Code(
    "SCT", "710864009", "Arterial dissection", (3754, 3808, 3810)
)
"""Arterial dissection (SCT 710864009). Included from CID 3754."""

Pseudoaneurysm: _Final[_Code] = _Code("SCT", "22036004", "Pseudoaneurysm", (3491, 3754, 3810))
"""Pseudoaneurysm (SCT 22036004). Included from CID 3754."""

AVFistula: _Final[_Code] = _Code("SCT", "128617001", "AV Fistula", (3754, 3810))
"""AV Fistula (SCT 128617001). Included from CID 3754."""

CardiogenicShock: _Final[_Code] = _Code(
    "SCT", "89138009", "Cardiogenic shock", (3700, 3726, 3727, 3755)
)
"""Cardiogenic shock (SCT 89138009). Included from CID 3755."""

Arrhythmia: _Final[_Code] = _Code(
    "SCT", "44808001", "Arrhythmia", (3201, 3221, 3727, 3755, 3756, 12246)
)
"""Arrhythmia (SCT 44808001). Included from CID 3755."""

CerebrovascularAccidentOrStroke: _Final[_Code] = _Code(
    "SCT", "230690007", "Cerebrovascular Accident or Stroke", (3755,)
)
"""Cerebrovascular Accident or Stroke (SCT 230690007). Included from CID 3755."""

CardiacTamponade: _Final[_Code] = _Code("SCT", "35304003", "Cardiac tamponade", (3700, 3728, 3755))
"""Cardiac tamponade (SCT 35304003). Included from CID 3755."""

ContrastMediaAdverseReaction: _Final[_Code] = _Code(
    "SCT", "292095005", "Contrast media adverse reaction", (3755,)
)
"""Contrast media adverse reaction (SCT 292095005). Included from CID 3755."""

CongestiveHeartFailure: _Final[_Code] = _Code(
    "SCT", "42343007", "Congestive heart failure", (3700, 3755)
)
"""Congestive heart failure (SCT 42343007). Included from CID 3755."""

RenalFailure: _Final[_Code] = _Code("SCT", "42399005", "Renal failure", (3755,))
"""Renal failure (SCT 42399005). Included from CID 3755."""

EmergencyPercutaneousCoronaryIntervention: _Final[_Code] = _Code(
    "SCT", "414089002", "Emergency Percutaneous Coronary Intervention", (3755,)
)
"""Emergency Percutaneous Coronary Intervention (SCT 414089002). Included from CID 3755."""

EmergencyCoronaryArteryBypass: _Final[_Code] = _Code(
    "SCT", "414088005", "Emergency Coronary Artery Bypass", (3755,)
)
"""Emergency Coronary Artery Bypass (SCT 414088005). Included from CID 3755."""

CardiacArrest: _Final[_Code] = _Code("SCT", "410429000", "Cardiac arrest", (3755,))
"""Cardiac arrest (SCT 410429000). Included from CID 3755."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    DeathDuringCatheterization,
    Bleeding,
    OcclusionOfArtery,
    LossOfDistalPulse,
    ArterialDissection,
    Pseudoaneurysm,
    AVFistula,
    CardiogenicShock,
    Arrhythmia,
    CerebrovascularAccidentOrStroke,
    CardiacTamponade,
    ContrastMediaAdverseReaction,
    CongestiveHeartFailure,
    RenalFailure,
    EmergencyPercutaneousCoronaryIntervention,
    EmergencyCoronaryArteryBypass,
    CardiacArrest,
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
