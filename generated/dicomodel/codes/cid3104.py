"""CID 3104 Cardiac Synchronization Technique.

Non-extensible, version 20111028, UID 1.2.840.10008.6.1.943.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3104
NAME: Final[str] = "Cardiac Synchronization Technique"
KEYWORD: Final[str | None] = "CardiacSynchronizationTechnique"
UID: Final[str | None] = "1.2.840.10008.6.1.943"
EXTENSIBLE: Final[bool | None] = False
VERSION: Final[str | None] = "20111028"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

RealTimeAcquisition: Final[Code] = Code("DCM", "109080", "Real time acquisition", (3104,))
"""Real time acquisition (DCM 109080)."""

ProspectiveGating: Final[Code] = Code("DCM", "109081", "Prospective gating", (3104,))
"""Prospective gating (DCM 109081)."""

RetrospectiveGating: Final[Code] = Code("DCM", "109082", "Retrospective gating", (3104,))
"""Retrospective gating (DCM 109082)."""

Paced: Final[Code] = Code("DCM", "109083", "Paced", (3104,))
"""Paced (DCM 109083)."""

MEMBERS: Final[tuple[Code, ...]] = (
    RealTimeAcquisition,
    ProspectiveGating,
    RetrospectiveGating,
    Paced,
)
"""The resolved membership: own members, then those of the included groups, in order."""
