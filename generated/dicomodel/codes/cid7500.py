"""CID 7500 Neighbourhood Grey Tone Difference Based Feature.

Extensible, version 20190121, UID 1.2.840.10008.6.1.1273.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7500
NAME: Final[str] = "Neighbourhood Grey Tone Difference Based Feature"
KEYWORD: Final[str | None] = "NeighbourhoodGreyToneDifferenceBasedFeature"
UID: Final[str | None] = "1.2.840.10008.6.1.1273"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20190121"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

CoarsenessOfNGTDM: Final[Code] = Code("IBSI", "QCDE", "Coarseness of NGTDM", (7500,))
"""Coarseness of NGTDM (IBSI QCDE)."""

ContrastOfNGTDM: Final[Code] = Code("IBSI", "65HE", "Contrast of NGTDM", (7500,))
"""Contrast of NGTDM (IBSI 65HE)."""

BusynessOfNGTDM: Final[Code] = Code("IBSI", "NQ30", "Busyness of NGTDM", (7500,))
"""Busyness of NGTDM (IBSI NQ30)."""

ComplexityOfNGTDM: Final[Code] = Code("IBSI", "HDEZ", "Complexity of NGTDM", (7500,))
"""Complexity of NGTDM (IBSI HDEZ)."""

StrengthOfNGTDM: Final[Code] = Code("IBSI", "1X9X", "Strength of NGTDM", (7500,))
"""Strength of NGTDM (IBSI 1X9X)."""

MEMBERS: Final[tuple[Code, ...]] = (
    CoarsenessOfNGTDM,
    ContrastOfNGTDM,
    BusynessOfNGTDM,
    ComplexityOfNGTDM,
    StrengthOfNGTDM,
)
"""The resolved membership: own members, then those of the included groups, in order."""
