"""CID 4236 IOL Calculation Formula.

Extensible, version 20190124, UID 1.2.840.10008.6.1.882.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4236
NAME: Final[str] = "IOL Calculation Formula"
KEYWORD: Final[str | None] = "IOLCalculationFormula"
UID: Final[str | None] = "1.2.840.10008.6.1.882"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20190124"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Haigis: Final[Code] = Code("DCM", "111760", "Haigis", (4236,))
"""Haigis (DCM 111760)."""

HaigisL: Final[Code] = Code("DCM", "111761", "Haigis-L", (4236,))
"""Haigis-L (DCM 111761)."""

Holladay1: Final[Code] = Code("DCM", "111762", "Holladay 1", (4236,))
"""Holladay 1 (DCM 111762)."""

Holladay2: Final[Code] = Code("DCM", "111763", "Holladay 2", (4236,))
"""Holladay 2 (DCM 111763)."""

HofferQ: Final[Code] = Code("DCM", "111764", "Hoffer Q", (4236,))
"""Hoffer Q (DCM 111764)."""

Olsen: Final[Code] = Code("DCM", "111765", "Olsen", (4236,))
"""Olsen (DCM 111765)."""

SRKII: Final[Code] = Code("DCM", "111766", "SRKII", (4236,))
"""SRKII (DCM 111766)."""

SRKT: Final[Code] = Code("DCM", "111767", "SRK-T", (4236,))
"""SRK-T (DCM 111767)."""

HaigisToric: Final[Code] = Code("DCM", "111860", "Haigis Toric", (4236,))
"""Haigis Toric (DCM 111860)."""

HaigisLToric: Final[Code] = Code("DCM", "111861", "Haigis-L Toric", (4236,))
"""Haigis-L Toric (DCM 111861)."""

BarrettToric: Final[Code] = Code("DCM", "111862", "Barrett Toric", (4236,))
"""Barrett Toric (DCM 111862)."""

BarrettTrueK: Final[Code] = Code("DCM", "111863", "Barrett True-K", (4236,))
"""Barrett True-K (DCM 111863)."""

BarrettTrueKToric: Final[Code] = Code("DCM", "111864", "Barrett True-K Toric", (4236,))
"""Barrett True-K Toric (DCM 111864)."""

BarrettUniversalII: Final[Code] = Code("DCM", "111865", "Barrett Universal II", (4236,))
"""Barrett Universal II (DCM 111865)."""

MEMBERS: Final[tuple[Code, ...]] = (
    Haigis,
    HaigisL,
    Holladay1,
    Holladay2,
    HofferQ,
    Olsen,
    SRKII,
    SRKT,
    HaigisToric,
    HaigisLToric,
    BarrettToric,
    BarrettTrueK,
    BarrettTrueKToric,
    BarrettUniversalII,
)
"""The resolved membership: own members, then those of the included groups, in order."""
