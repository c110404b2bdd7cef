"""CID 10068 Estimate Method Type.

Extensible, version 20170405, UID 1.2.840.10008.6.1.1162.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 10068
NAME: _Final[str] = "Estimate Method Type"
KEYWORD: _Final[str | None] = "EstimateMethodType"
UID: _Final[str | None] = "1.2.840.10008.6.1.1162"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20170405"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

MonteCarloMethod: _Final[_Code] = _Code("MSH", "D009010", "Monte Carlo Method", (10068,))
"""Monte Carlo Method (MSH D009010)."""

TabularDataAlgorithm: _Final[_Code] = _Code("DCM", "128479", "Tabular Data Algorithm", (10068,))
"""Tabular Data Algorithm (DCM 128479)."""

AnalyticalAlgorithm: _Final[_Code] = _Code("DCM", "128480", "Analytical Algorithm", (10068,))
"""Analytical Algorithm (DCM 128480)."""

EmpiricalAlgorithm: _Final[_Code] = _Code("DCM", "128481", "Empirical Algorithm", (10068,))
"""Empirical Algorithm (DCM 128481)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    MonteCarloMethod,
    TabularDataAlgorithm,
    AnalyticalAlgorithm,
    EmpiricalAlgorithm,
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
