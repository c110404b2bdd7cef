"""CID 3042 Analog Waveform Filter.

Extensible, version 20220630, UID 1.2.840.10008.6.1.1453.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3042
NAME: _Final[str] = "Analog Waveform Filter"
KEYWORD: _Final[str | None] = "AnalogWaveformFilter"
UID: _Final[str | None] = "1.2.840.10008.6.1.1453"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20220630"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

ButterworthFilter: _Final[_Code] = _Code("DCM", "130760", "Butterworth filter", (3042,))
"""Butterworth filter (DCM 130760)."""

ChebyshevFilter: _Final[_Code] = _Code("DCM", "130761", "Chebyshev filter", (3042,))
"""Chebyshev filter (DCM 130761)."""

EllipticFilter: _Final[_Code] = _Code("DCM", "130762", "Elliptic filter", (3042,))
"""Elliptic filter (DCM 130762)."""

BesselFilter: _Final[_Code] = _Code("DCM", "130763", "Bessel filter", (3042,))
"""Bessel filter (DCM 130763)."""

GaussianFilter: _Final[_Code] = _Code("DCM", "130764", "Gaussian filter", (3042,))
"""Gaussian filter (DCM 130764)."""

KTypeFilter: _Final[_Code] = _Code("DCM", "130765", "K-type filter", (3042,))
"""K-type filter (DCM 130765)."""

MDerivedFilter: _Final[_Code] = _Code("DCM", "130766", "M-derived filter", (3042,))
"""M-derived filter (DCM 130766)."""

DoubleMDerivedFilter: _Final[_Code] = _Code("DCM", "130767", "Double-m-derived filter", (3042,))
"""Double-m-derived filter (DCM 130767)."""

BodeFilter: _Final[_Code] = _Code("DCM", "130768", "Bode filter", (3042,))
"""Bode filter (DCM 130768)."""

ZobelFilter: _Final[_Code] = _Code("DCM", "130769", "Zobel filter", (3042,))
"""Zobel filter (DCM 130769)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    ButterworthFilter,
    ChebyshevFilter,
    EllipticFilter,
    BesselFilter,
    GaussianFilter,
    KTypeFilter,
    MDerivedFilter,
    DoubleMDerivedFilter,
    BodeFilter,
    ZobelFilter,
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
