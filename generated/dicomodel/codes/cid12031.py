"""CID 12031 Protocol Interval Event.

Extensible, version 20090409, UID 1.2.840.10008.6.1.806.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12031
NAME: Final[str] = "Protocol Interval Event"
KEYWORD: Final[str | None] = "ProtocolIntervalEvent"
UID: Final[str | None] = "1.2.840.10008.6.1.806"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20090409"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

StartOfDrugDoseAdministration: Final[Code] = Code(
    "DCM", "125233", "Start of drug dose administration", (12031,)
)
"""Start of drug dose administration (DCM 125233)."""

StartOfContrastAgentAdministration: Final[Code] = Code(
    "DCM", "125234", "Start of contrast agent administration", (12031,)
)
"""Start of contrast agent administration (DCM 125234)."""

DestructionOfMicrobubbles: Final[Code] = Code(
    "DCM", "125235", "Destruction of microbubbles", (12031,)
)
"""Destruction of microbubbles (DCM 125235)."""

OnsetOfExercise: Final[Code] = Code("DCM", "125236", "Onset of exercise", (12031,))
"""Onset of exercise (DCM 125236)."""

CessationOfExercise: Final[Code] = Code("DCM", "125237", "Cessation of exercise", (12031,))
"""Cessation of exercise (DCM 125237)."""

OnsetOfStimulation: Final[Code] = Code("DCM", "125238", "Onset of stimulation", (12031,))
"""Onset of stimulation (DCM 125238)."""

CessationOfStimulation: Final[Code] = Code("DCM", "125239", "Cessation of stimulation", (12031,))
"""Cessation of stimulation (DCM 125239)."""

MEMBERS: Final[tuple[Code, ...]] = (
    StartOfDrugDoseAdministration,
    StartOfContrastAgentAdministration,
    DestructionOfMicrobubbles,
    OnsetOfExercise,
    CessationOfExercise,
    OnsetOfStimulation,
    CessationOfStimulation,
)
"""The resolved membership: own members, then those of the included groups, in order."""
