"""CID 72 Imaging Agent Administration Step Type.

Extensible, version 20181115, UID 1.2.840.10008.6.1.1262.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 72
NAME: Final[str] = "Imaging Agent Administration Step Type"
KEYWORD: Final[str | None] = "ImagingAgentAdministrationStepType"
UID: Final[str | None] = "1.2.840.10008.6.1.1262"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20181115"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

PatencyTestInjection: Final[Code] = Code("DCM", "130247", "Patency Test Injection", (72,))
"""Patency Test Injection (DCM 130247)."""

TransitTimeTestInjection: Final[Code] = Code("DCM", "130248", "Transit Time Test Injection", (72,))
"""Transit Time Test Injection (DCM 130248)."""

DiagnosticAdministration: Final[Code] = Code("DCM", "130249", "Diagnostic Administration", (72,))
"""Diagnostic Administration (DCM 130249)."""

FlushAdministration: Final[Code] = Code("DCM", "130251", "Flush Administration", (72,))
"""Flush Administration (DCM 130251)."""

MEMBERS: Final[tuple[Code, ...]] = (
    PatencyTestInjection,
    TransitTimeTestInjection,
    DiagnosticAdministration,
    FlushAdministration,
)
"""The resolved membership: own members, then those of the included groups, in order."""
