"""CID 6059 Breast Implant Type.

Extensible, version 20190817, UID 1.2.840.10008.6.1.388.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6059
NAME: _Final[str] = "Breast Implant Type"
KEYWORD: _Final[str | None] = "BreastImplantType"
UID: _Final[str | None] = "1.2.840.10008.6.1.388"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20190817"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

BreastImplantTypeNotSpecified: _Final[_Code] = _Code(
    "SCT", "2282003", "Breast implant, type not specified", (6059,)
)
"""Breast implant, type not specified (SCT 2282003)."""

SiliconeGelImplant: _Final[_Code] = _Code("SCT", "465380004", "Silicone gel implant", (6059,))
"""Silicone gel implant (SCT 465380004)."""

SalineImplant: _Final[_Code] = _Code("DCM", "111481", "Saline implant", (6059,))
"""Saline implant (DCM 111481)."""

PolyurethaneImplant: _Final[_Code] = _Code("DCM", "111482", "Polyurethane implant", (6059,))
"""Polyurethane implant (DCM 111482)."""

PercutaneousSiliconeInjection: _Final[_Code] = _Code(
    "DCM", "111483", "Percutaneous silicone injection", (6059,)
)
"""Percutaneous silicone injection (DCM 111483)."""

CombinationImplant: _Final[_Code] = _Code("DCM", "111484", "Combination implant", (6059,))
"""Combination implant (DCM 111484)."""

PrePectoralImplant: _Final[_Code] = _Code("DCM", "111485", "Pre-pectoral implant", (6059,))
"""Pre-pectoral implant (DCM 111485)."""

RetroPectoralImplant: _Final[_Code] = _Code("DCM", "111486", "Retro-pectoral implant", (6059,))
"""Retro-pectoral implant (DCM 111486)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    BreastImplantTypeNotSpecified,
    SiliconeGelImplant,
    SalineImplant,
    PolyurethaneImplant,
    PercutaneousSiliconeInjection,
    CombinationImplant,
    PrePectoralImplant,
    RetroPectoralImplant,
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
