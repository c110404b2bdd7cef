"""CID 4237 Lens Constant Type.

Extensible, version 20190124, UID 1.2.840.10008.6.1.883.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4237
NAME: Final[str] = "Lens Constant Type"
KEYWORD: Final[str | None] = "LensConstantType"
UID: Final[str | None] = "1.2.840.10008.6.1.883"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20190124"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AConstant: Final[Code] = Code("SCT", "397263007", "A-Constant", (4237,))
"""A-Constant (SCT 397263007)."""

ACDConstant: Final[Code] = Code("DCM", "111768", "ACD Constant", (4237,))
"""ACD Constant (DCM 111768)."""

HaigisA0: Final[Code] = Code("DCM", "111769", "Haigis a0", (4237,))
"""Haigis a0 (DCM 111769)."""

HaigisA1: Final[Code] = Code("DCM", "111770", "Haigis a1", (4237,))
"""Haigis a1 (DCM 111770)."""

HaigisA2: Final[Code] = Code("DCM", "111771", "Haigis a2", (4237,))
"""Haigis a2 (DCM 111771)."""

HofferPacdConstant: Final[Code] = Code("DCM", "111772", "Hoffer pACD Constant", (4237,))
"""Hoffer pACD Constant (DCM 111772)."""

SurgeonFactor: Final[Code] = Code("DCM", "111773", "Surgeon Factor", (4237,))
"""Surgeon Factor (DCM 111773)."""

BarrettLensFactor: Final[Code] = Code("DCM", "111866", "Barrett Lens Factor", (4237,))
"""Barrett Lens Factor (DCM 111866)."""

BarrettDesignFactor: Final[Code] = Code("DCM", "111867", "Barrett Design Factor", (4237,))
"""Barrett Design Factor (DCM 111867)."""

MEMBERS: Final[tuple[Code, ...]] = (
    AConstant,
    ACDConstant,
    HaigisA0,
    HaigisA1,
    HaigisA2,
    HofferPacdConstant,
    SurgeonFactor,
    BarrettLensFactor,
    BarrettDesignFactor,
)
"""The resolved membership: own members, then those of the included groups, in order."""
