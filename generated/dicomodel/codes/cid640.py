"""CID 640 Fibril.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1105.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 640
NAME: Final[str] = "Fibril"
KEYWORD: Final[str | None] = "Fibril"
UID: Final[str | None] = "1.2.840.10008.6.1.1105"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20151110"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

HumanAlphaSynucleinPreformedFibrils: Final[Code] = Code(
    "DCM", "127851", "Human alpha synuclein preformed fibrils", (640,)
)
"""Human alpha synuclein preformed fibrils (DCM 127851)."""

MouseAlphaSynucleinPreformedFibrils: Final[Code] = Code(
    "DCM", "127852", "Mouse alpha synuclein preformed fibrils", (640,)
)
"""Mouse alpha synuclein preformed fibrils (DCM 127852)."""

HumanTauPreformedFibrils: Final[Code] = Code("DCM", "127853", "Human Tau preformed fibrils", (640,))
"""Human Tau preformed fibrils (DCM 127853)."""

MouseTauPreformedFibrils: Final[Code] = Code("DCM", "127854", "Mouse Tau preformed fibrils", (640,))
"""Mouse Tau preformed fibrils (DCM 127854)."""

MEMBERS: Final[tuple[Code, ...]] = (
    HumanAlphaSynucleinPreformedFibrils,
    MouseAlphaSynucleinPreformedFibrils,
    HumanTauPreformedFibrils,
    MouseTauPreformedFibrils,
)
"""The resolved membership: own members, then those of the included groups, in order."""
