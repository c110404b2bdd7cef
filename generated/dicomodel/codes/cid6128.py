"""CID 6128 Chest Distribution Descriptor.

Extensible, version 20030108, UID 1.2.840.10008.6.1.448.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6128
NAME: _Final[str] = "Chest Distribution Descriptor"
KEYWORD: _Final[str | None] = "ChestDistributionDescriptor"
UID: _Final[str | None] = "1.2.840.10008.6.1.448"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030108"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

BatWingDistribution: _Final[_Code] = _Code("DCM", "112154", "Bat's wing distribution", (6128,))
"""Bat's wing distribution (DCM 112154)."""

ButterflyDistribution: _Final[_Code] = _Code("DCM", "112155", "Butterfly distribution", (6128,))
"""Butterfly distribution (DCM 112155)."""

Centrilobular: _Final[_Code] = _Code("DCM", "112156", "Centrilobular", (6128,))
"""Centrilobular (DCM 112156)."""

Coalescent: _Final[_Code] = _Code("DCM", "112157", "Coalescent", (6128,))
"""Coalescent (DCM 112157)."""

Diffuse: _Final[_Code] = _Code("SCT", "19648000", "Diffuse", (6128, 6337))
"""Diffuse (SCT 19648000)."""

Discoid: _Final[_Code] = _Code("SCT", "255282008", "Discoid", (6128,))
"""Discoid (SCT 255282008)."""

Disseminated: _Final[_Code] = _Code("SCT", "65709003", "Disseminated", (6128,))
"""Disseminated (SCT 65709003)."""

Focal: _Final[_Code] = _Code("SCT", "87017008", "Focal", (6128, 6337))
"""Focal (SCT 87017008)."""

Generalized: _Final[_Code] = _Code("SCT", "60132005", "Generalized", (6128,))
"""Generalized (SCT 60132005)."""

Lobar: _Final[_Code] = _Code("DCM", "112158", "Lobar", (6128, 6129))
"""Lobar (DCM 112158)."""

Multifocal: _Final[_Code] = _Code("SCT", "524008", "Multifocal", (6128, 6337))
"""Multifocal (SCT 524008)."""

Segmental: _Final[_Code] = _Code("SCT", "62372003", "Segmental", (6128,))
"""Segmental (SCT 62372003)."""

Systemic: _Final[_Code] = _Code("SCT", "31099001", "Systemic", (6128,))
"""Systemic (SCT 31099001)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    BatWingDistribution,
    ButterflyDistribution,
    Centrilobular,
    Coalescent,
    Diffuse,
    Discoid,
    Disseminated,
    Focal,
    Generalized,
    Lobar,
    Multifocal,
    Segmental,
    Systemic,
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
