"""CID 3041 Neurophysiologic Stimulation Mode.

Extensible, version 20210325, UID 1.2.840.10008.6.1.1361.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3041
NAME: Final[str] = "Neurophysiologic Stimulation Mode"
KEYWORD: Final[str | None] = "NeurophysiologicStimulationMode"
UID: Final[str | None] = "1.2.840.10008.6.1.1361"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20210325"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

FlashStimulus: Final[Code] = Code("MDC", "2:53539", "Flash stimulus", (3041,))
"""Flash stimulus (MDC 2:53539)."""

MEMBERS: Final[tuple[Code, ...]] = (FlashStimulus,)
"""The resolved membership: own members, then those of the included groups, in order."""
