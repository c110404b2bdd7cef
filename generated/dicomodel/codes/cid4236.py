"""CID 4236 IOL Calculation Formula.

Extensible, version 20190124, UID 1.2.840.10008.6.1.882.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4236
NAME: _Final[str] = "IOL Calculation Formula"
KEYWORD: _Final[str | None] = "IOLCalculationFormula"
UID: _Final[str | None] = "1.2.840.10008.6.1.882"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20190124"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Haigis: _Final[_Code] = _Code("DCM", "111760", "Haigis", (4236,))
"""Haigis (DCM 111760)."""

HaigisL: _Final[_Code] = _Code("DCM", "111761", "Haigis-L", (4236,))
"""Haigis-L (DCM 111761)."""

Holladay1: _Final[_Code] = _Code("DCM", "111762", "Holladay 1", (4236,))
"""Holladay 1 (DCM 111762)."""

Holladay2: _Final[_Code] = _Code("DCM", "111763", "Holladay 2", (4236,))
"""Holladay 2 (DCM 111763)."""

HofferQ: _Final[_Code] = _Code("DCM", "111764", "Hoffer Q", (4236,))
"""Hoffer Q (DCM 111764)."""

Olsen: _Final[_Code] = _Code("DCM", "111765", "Olsen", (4236,))
"""Olsen (DCM 111765)."""

SRKII: _Final[_Code] = _Code("DCM", "111766", "SRKII", (4236,))
"""SRKII (DCM 111766)."""

SRKT: _Final[_Code] = _Code("DCM", "111767", "SRK-T", (4236,))
"""SRK-T (DCM 111767)."""

HaigisToric: _Final[_Code] = _Code("DCM", "111860", "Haigis Toric", (4236,))
"""Haigis Toric (DCM 111860)."""

HaigisLToric: _Final[_Code] = _Code("DCM", "111861", "Haigis-L Toric", (4236,))
"""Haigis-L Toric (DCM 111861)."""

BarrettToric: _Final[_Code] = _Code("DCM", "111862", "Barrett Toric", (4236,))
"""Barrett Toric (DCM 111862)."""

BarrettTrueK: _Final[_Code] = _Code("DCM", "111863", "Barrett True-K", (4236,))
"""Barrett True-K (DCM 111863)."""

BarrettTrueKToric: _Final[_Code] = _Code("DCM", "111864", "Barrett True-K Toric", (4236,))
"""Barrett True-K Toric (DCM 111864)."""

BarrettUniversalII: _Final[_Code] = _Code("DCM", "111865", "Barrett Universal II", (4236,))
"""Barrett Universal II (DCM 111865)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
