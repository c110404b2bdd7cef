"""CID 3042 Analog Waveform Filter.

Extensible, version 20220630, UID 1.2.840.10008.6.1.1453.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3042
NAME: Final[str] = "Analog Waveform Filter"
KEYWORD: Final[str | None] = "AnalogWaveformFilter"
UID: Final[str | None] = "1.2.840.10008.6.1.1453"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20220630"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

ButterworthFilter: Final[Code] = Code("DCM", "130760", "Butterworth filter", (3042,))
"""Butterworth filter (DCM 130760)."""

ChebyshevFilter: Final[Code] = Code("DCM", "130761", "Chebyshev filter", (3042,))
"""Chebyshev filter (DCM 130761)."""

EllipticFilter: Final[Code] = Code("DCM", "130762", "Elliptic filter", (3042,))
"""Elliptic filter (DCM 130762)."""

BesselFilter: Final[Code] = Code("DCM", "130763", "Bessel filter", (3042,))
"""Bessel filter (DCM 130763)."""

GaussianFilter: Final[Code] = Code("DCM", "130764", "Gaussian filter", (3042,))
"""Gaussian filter (DCM 130764)."""

KTypeFilter: Final[Code] = Code("DCM", "130765", "K-type filter", (3042,))
"""K-type filter (DCM 130765)."""

MDerivedFilter: Final[Code] = Code("DCM", "130766", "M-derived filter", (3042,))
"""M-derived filter (DCM 130766)."""

DoubleMDerivedFilter: Final[Code] = Code("DCM", "130767", "Double-m-derived filter", (3042,))
"""Double-m-derived filter (DCM 130767)."""

BodeFilter: Final[Code] = Code("DCM", "130768", "Bode filter", (3042,))
"""Bode filter (DCM 130768)."""

ZobelFilter: Final[Code] = Code("DCM", "130769", "Zobel filter", (3042,))
"""Zobel filter (DCM 130769)."""

MEMBERS: Final[tuple[Code, ...]] = (
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
