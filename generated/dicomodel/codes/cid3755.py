"""CID 3755 Cath Complication.

Extensible, version 20160314, UID 1.2.840.10008.6.1.250.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3755
NAME: _Final[str] = "Cath Complication"
KEYWORD: _Final[str | None] = "CathComplication"
UID: _Final[str | None] = "1.2.840.10008.6.1.250"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20160314"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

CardiogenicShock: _Final[_Code] = _Code(
    "SCT", "89138009", "Cardiogenic shock", (3700, 3726, 3727, 3755)
)
"""Cardiogenic shock (SCT 89138009)."""

Arrhythmia: _Final[_Code] = _Code(
    "SCT", "44808001", "Arrhythmia", (3201, 3221, 3727, 3755, 3756, 12246)
)
"""Arrhythmia (SCT 44808001)."""

CerebrovascularAccidentOrStroke: _Final[_Code] = _Code(
    "SCT", "230690007", "Cerebrovascular Accident or Stroke", (3755,)
)
"""Cerebrovascular Accident or Stroke (SCT 230690007)."""

CardiacTamponade: _Final[_Code] = _Code("SCT", "35304003", "Cardiac tamponade", (3700, 3728, 3755))
"""Cardiac tamponade (SCT 35304003)."""

ContrastMediaAdverseReaction: _Final[_Code] = _Code(
    "SCT", "292095005", "Contrast media adverse reaction", (3755,)
)
"""Contrast media adverse reaction (SCT 292095005)."""

CongestiveHeartFailure: _Final[_Code] = _Code(
    "SCT", "42343007", "Congestive heart failure", (3700, 3755)
)
"""Congestive heart failure (SCT 42343007)."""

RenalFailure: _Final[_Code] = _Code("SCT", "42399005", "Renal failure", (3755,))
"""Renal failure (SCT 42399005)."""

EmergencyPercutaneousCoronaryIntervention: _Final[_Code] = _Code(
    "SCT", "414089002", "Emergency Percutaneous Coronary Intervention", (3755,)
)
"""Emergency Percutaneous Coronary Intervention (SCT 414089002)."""

EmergencyCoronaryArteryBypass: _Final[_Code] = _Code(
    "SCT", "414088005", "Emergency Coronary Artery Bypass", (3755,)
)
"""Emergency Coronary Artery Bypass (SCT 414088005)."""

CardiacArrest: _Final[_Code] = _Code("SCT", "410429000", "Cardiac arrest", (3755,))
"""Cardiac arrest (SCT 410429000)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
