"""CID 10068 Estimate Method Type.

Extensible, version 20170405, UID 1.2.840.10008.6.1.1162.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 10068
NAME: Final[str] = "Estimate Method Type"
KEYWORD: Final[str | None] = "EstimateMethodType"
UID: Final[str | None] = "1.2.840.10008.6.1.1162"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20170405"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

MonteCarloMethod: Final[Code] = Code("MSH", "D009010", "Monte Carlo Method", (10068,))
"""Monte Carlo Method (MSH D009010)."""

TabularDataAlgorithm: Final[Code] = Code("DCM", "128479", "Tabular Data Algorithm", (10068,))
"""Tabular Data Algorithm (DCM 128479)."""

AnalyticalAlgorithm: Final[Code] = Code("DCM", "128480", "Analytical Algorithm", (10068,))
"""Analytical Algorithm (DCM 128480)."""

EmpiricalAlgorithm: Final[Code] = Code("DCM", "128481", "Empirical Algorithm", (10068,))
"""Empirical Algorithm (DCM 128481)."""

MEMBERS: Final[tuple[Code, ...]] = (
    MonteCarloMethod,
    TabularDataAlgorithm,
    AnalyticalAlgorithm,
    EmpiricalAlgorithm,
)
"""The resolved membership: own members, then those of the included groups, in order."""
