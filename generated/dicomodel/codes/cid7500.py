"""CID 7500 Neighbourhood Grey Tone Difference Based Feature.

Extensible, version 20190121, UID 1.2.840.10008.6.1.1273.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7500
NAME: _Final[str] = "Neighbourhood Grey Tone Difference Based Feature"
KEYWORD: _Final[str | None] = "NeighbourhoodGreyToneDifferenceBasedFeature"
UID: _Final[str | None] = "1.2.840.10008.6.1.1273"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20190121"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

CoarsenessOfNGTDM: _Final[_Code] = _Code("IBSI", "QCDE", "Coarseness of NGTDM", (7500,))
"""Coarseness of NGTDM (IBSI QCDE)."""

ContrastOfNGTDM: _Final[_Code] = _Code("IBSI", "65HE", "Contrast of NGTDM", (7500,))
"""Contrast of NGTDM (IBSI 65HE)."""

BusynessOfNGTDM: _Final[_Code] = _Code("IBSI", "NQ30", "Busyness of NGTDM", (7500,))
"""Busyness of NGTDM (IBSI NQ30)."""

ComplexityOfNGTDM: _Final[_Code] = _Code("IBSI", "HDEZ", "Complexity of NGTDM", (7500,))
"""Complexity of NGTDM (IBSI HDEZ)."""

StrengthOfNGTDM: _Final[_Code] = _Code("IBSI", "1X9X", "Strength of NGTDM", (7500,))
"""Strength of NGTDM (IBSI 1X9X)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    CoarsenessOfNGTDM,
    ContrastOfNGTDM,
    BusynessOfNGTDM,
    ComplexityOfNGTDM,
    StrengthOfNGTDM,
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
