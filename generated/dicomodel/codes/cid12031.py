"""CID 12031 Protocol Interval Event.

Extensible, version 20090409, UID 1.2.840.10008.6.1.806.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12031
NAME: _Final[str] = "Protocol Interval Event"
KEYWORD: _Final[str | None] = "ProtocolIntervalEvent"
UID: _Final[str | None] = "1.2.840.10008.6.1.806"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20090409"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

StartOfDrugDoseAdministration: _Final[_Code] = _Code(
    "DCM", "125233", "Start of drug dose administration", (12031,)
)
"""Start of drug dose administration (DCM 125233)."""

StartOfContrastAgentAdministration: _Final[_Code] = _Code(
    "DCM", "125234", "Start of contrast agent administration", (12031,)
)
"""Start of contrast agent administration (DCM 125234)."""

DestructionOfMicrobubbles: _Final[_Code] = _Code(
    "DCM", "125235", "Destruction of microbubbles", (12031,)
)
"""Destruction of microbubbles (DCM 125235)."""

OnsetOfExercise: _Final[_Code] = _Code("DCM", "125236", "Onset of exercise", (12031,))
"""Onset of exercise (DCM 125236)."""

CessationOfExercise: _Final[_Code] = _Code("DCM", "125237", "Cessation of exercise", (12031,))
"""Cessation of exercise (DCM 125237)."""

OnsetOfStimulation: _Final[_Code] = _Code("DCM", "125238", "Onset of stimulation", (12031,))
"""Onset of stimulation (DCM 125238)."""

CessationOfStimulation: _Final[_Code] = _Code("DCM", "125239", "Cessation of stimulation", (12031,))
"""Cessation of stimulation (DCM 125239)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    StartOfDrugDoseAdministration,
    StartOfContrastAgentAdministration,
    DestructionOfMicrobubbles,
    OnsetOfExercise,
    CessationOfExercise,
    OnsetOfStimulation,
    CessationOfStimulation,
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
