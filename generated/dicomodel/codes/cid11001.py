"""CID 11001 Photoacoustic Illumination Method.

Extensible, version 20230626, UID 1.2.840.10008.6.1.1471.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 11001
NAME: _Final[str] = "Photoacoustic Illumination Method"
KEYWORD: _Final[str | None] = "PhotoacousticIlluminationMethod"
UID: _Final[str | None] = "1.2.840.10008.6.1.1471"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20230626"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

SingleSideIllumination: _Final[_Code] = _Code("DCM", "130810", "Single-side illumination", (11001,))
"""Single-side illumination (DCM 130810)."""

DualSideIllumination: _Final[_Code] = _Code("DCM", "130811", "Dual-side illumination", (11001,))
"""Dual-side illumination (DCM 130811)."""

MultiSideIllumination: _Final[_Code] = _Code("DCM", "130812", "Multi-side illumination", (11001,))
"""Multi-side illumination (DCM 130812)."""

ThroughTransducerIllumination: _Final[_Code] = _Code(
    "DCM", "130813", "Through-transducer illumination", (11001,)
)
"""Through-transducer illumination (DCM 130813)."""

InterstitialIllumination: _Final[_Code] = _Code(
    "DCM", "130814", "Interstitial illumination", (11001,)
)
"""Interstitial illumination (DCM 130814)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    SingleSideIllumination,
    DualSideIllumination,
    MultiSideIllumination,
    ThroughTransducerIllumination,
    InterstitialIllumination,
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
