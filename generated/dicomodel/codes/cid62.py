"""CID 62 Imaging Agent Administration Phase Type.

Extensible, version 20210325, UID 1.2.840.10008.6.1.1252.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 62
NAME: Final[str] = "Imaging Agent Administration Phase Type"
KEYWORD: Final[str | None] = "ImagingAgentAdministrationPhaseType"
UID: Final[str | None] = "1.2.840.10008.6.1.1252"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20210325"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AutomaticProgrammedAdministrationPhase: Final[Code] = Code(
    "DCM", "130168", "Automatic Programmed Administration Phase", (62,)
)
"""Automatic Programmed Administration Phase (DCM 130168)."""

AutomaticProgrammedDelayPhase: Final[Code] = Code(
    "DCM", "130169", "Automatic Programmed Delay Phase", (62,)
)
"""Automatic Programmed Delay Phase (DCM 130169)."""

AutomatedManualInjectPhase: Final[Code] = Code(
    "DCM", "130171", "Automated Manual Inject Phase", (62,)
)
"""Automated Manual Inject Phase (DCM 130171)."""

AutomaticProgrammedWaitPhase: Final[Code] = Code(
    "DCM", "130263", "Automatic Programmed Wait Phase", (62,)
)
"""Automatic Programmed Wait Phase (DCM 130263)."""

MEMBERS: Final[tuple[Code, ...]] = (
    AutomaticProgrammedAdministrationPhase,
    AutomaticProgrammedDelayPhase,
    AutomatedManualInjectPhase,
    AutomaticProgrammedWaitPhase,
)
"""The resolved membership: own members, then those of the included groups, in order."""
