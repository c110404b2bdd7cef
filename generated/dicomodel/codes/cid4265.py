"""CID 4265 Ophthalmic Thickness Deviation Category.

Extensible, version 20110825, UID 1.2.840.10008.6.1.941.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4265
NAME: Final[str] = "Ophthalmic Thickness Deviation Category"
KEYWORD: Final[str | None] = "OphthalmicThicknessDeviationCategory"
UID: Final[str | None] = "1.2.840.10008.6.1.941"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20110825"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

PGreaterThan5Percent: Final[Code] = Code("DCM", "111935", "p>5%", (4265,))
"""p>5% (DCM 111935)."""

PLesserThan5Percent: Final[Code] = Code("DCM", "111936", "p<5%", (4265,))
"""p<5% (DCM 111936)."""

PLesserThan2Percent: Final[Code] = Code("DCM", "111937", "p<2%", (4265,))
"""p<2% (DCM 111937)."""

PLesserThan1Percent: Final[Code] = Code("DCM", "111938", "p<1%", (4265,))
"""p<1% (DCM 111938)."""

PLesserThan0Point5Percent: Final[Code] = Code("DCM", "111939", "p<0.5%", (4265,))
"""p<0.5% (DCM 111939)."""

MEMBERS: Final[tuple[Code, ...]] = (
    PGreaterThan5Percent,
    PLesserThan5Percent,
    PLesserThan2Percent,
    PLesserThan1Percent,
    PLesserThan0Point5Percent,
)
"""The resolved membership: own members, then those of the included groups, in order."""
