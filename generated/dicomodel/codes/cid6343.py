"""CID 6343 MRI Signal Characteristic.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1400.
Includes CID 6344.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6343
NAME: _Final[str] = "MRI Signal Characteristic"
KEYWORD: _Final[str | None] = "MRISignalCharacteristic"
UID: _Final[str | None] = "1.2.840.10008.6.1.1400"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20210714"
INCLUDES: _Final[tuple[int, ...]] = (6344,)
EXTERNAL_SCHEME: _Final[str | None] = None

Hyperintense: _Final[_Code] = _Code("RADLEX", "RID35805", "Hyperintense", (6344,))
"""Hyperintense (RADLEX RID35805). Included from CID 6344."""

T2Hyperintensity: _Final[_Code] = _Code("RADLEX", "RID39467", "T2 Hyperintensity", (6344,))
"""T2 Hyperintensity (RADLEX RID39467). Included from CID 6344."""

Isointense: _Final[_Code] = _Code("RADLEX", "RID6053", "Isointense", (6344,))
"""Isointense (RADLEX RID6053). Included from CID 6344."""

Hypointense: _Final[_Code] = _Code("RADLEX", "RID35804", "Hypointense", (6344,))
"""Hypointense (RADLEX RID35804). Included from CID 6344."""

MarkedlyHypointense: _Final[_Code] = _Code("RADLEX", "RID49500", "Markedly hypointense", (6344,))
"""Markedly hypointense (RADLEX RID49500). Included from CID 6344."""

T2Hypointensity: _Final[_Code] = _Code("RADLEX", "RID49501", "T2 hypointensity", (6344,))
"""T2 hypointensity (RADLEX RID49501). Included from CID 6344."""

RestrictedDiffusion: _Final[_Code] = _Code("RADLEX", "RID43349", "Restricted diffusion", (6344,))
"""Restricted diffusion (RADLEX RID43349). Included from CID 6344."""

DiffusionWeightedHypersensitivity: _Final[_Code] = _Code(
    "RADLEX", "RID39536", "Diffusion-weighted hypersensitivity", (6344,)
)
"""Diffusion-weighted hypersensitivity (RADLEX RID39536). Included from CID 6344."""

ADCHyperintense: _Final[_Code] = _Code("DCM", "130595", "ADC Hyperintense", (6344,))
"""ADC Hyperintense (DCM 130595). Included from CID 6344."""

ADCHypointense: _Final[_Code] = _Code("DCM", "130596", "ADC Hypointense", (6344,))
"""ADC Hypointense (DCM 130596). Included from CID 6344."""

OrganizedChaos: _Final[_Code] = _Code("RADLEX", "RID49499", "Organized chaos", (6344,))
"""Organized chaos (RADLEX RID49499). Included from CID 6344."""

Heterogeneous: _Final[_Code] = _Code("RADLEX", "RID6060", "Heterogeneous", (6344,))
"""Heterogeneous (RADLEX RID6060). Included from CID 6344."""

Homogeneous: _Final[_Code] = _Code("DCM", "112160", "Homogeneous", (6131, 6344))
"""Homogeneous (DCM 112160). Included from CID 6344."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Hyperintense,
    T2Hyperintensity,
    Isointense,
    Hypointense,
    MarkedlyHypointense,
    T2Hypointensity,
    RestrictedDiffusion,
    DiffusionWeightedHypersensitivity,
    ADCHyperintense,
    ADCHypointense,
    OrganizedChaos,
    Heterogeneous,
    Homogeneous,
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
