"""CID 7475 Gray Level Run Length Based Feature.

Extensible, version 20190121, UID 1.2.840.10008.6.1.1199.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7475
NAME: _Final[str] = "Gray Level Run Length Based Feature"
KEYWORD: _Final[str | None] = "GrayLevelRunLengthBasedFeature"
UID: _Final[str | None] = "1.2.840.10008.6.1.1199"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20190121"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

ShortRunsEmphasis: _Final[_Code] = _Code("IBSI", "22OV", "Short Runs Emphasis", (7475,))
"""Short Runs Emphasis (IBSI 22OV)."""

LongRunsEmphasis: _Final[_Code] = _Code("IBSI", "W4KF", "Long Runs Emphasis", (7475,))
"""Long Runs Emphasis (IBSI W4KF)."""

LowGrayLevelRunEmphasis: _Final[_Code] = _Code(
    "IBSI", "V3SW", "Low Gray Level Run Emphasis", (7475,)
)
"""Low Gray Level Run Emphasis (IBSI V3SW)."""

HighGrayLevelRunEmphasis: _Final[_Code] = _Code(
    "IBSI", "G3QZ", "High Gray Level Run Emphasis", (7475,)
)
"""High Gray Level Run Emphasis (IBSI G3QZ)."""

ShortRunLowGrayLevelEmphasis: _Final[_Code] = _Code(
    "IBSI", "HTZT", "Short Run Low Gray Level Emphasis", (7475,)
)
"""Short Run Low Gray Level Emphasis (IBSI HTZT)."""

ShortRunHighGrayLevelEmphasis: _Final[_Code] = _Code(
    "IBSI", "GD3A", "Short Run High Gray Level Emphasis", (7475,)
)
"""Short Run High Gray Level Emphasis (IBSI GD3A)."""

LongRunLowGrayLevelEmphasis: _Final[_Code] = _Code(
    "IBSI", "IVPO", "Long Run Low Gray Level Emphasis", (7475,)
)
"""Long Run Low Gray Level Emphasis (IBSI IVPO)."""

LongRunHighGrayLevelEmphasis: _Final[_Code] = _Code(
    "IBSI", "3KUM", "Long Run High Gray Level Emphasis", (7475,)
)
"""Long Run High Gray Level Emphasis (IBSI 3KUM)."""

GrayLevelNonuniformityInRuns: _Final[_Code] = _Code(
    "IBSI", "R5YN", "Gray Level Nonuniformity in Runs", (7475,)
)
"""Gray Level Nonuniformity in Runs (IBSI R5YN)."""

NormalizedGrayLevelNonuniformityInRuns: _Final[_Code] = _Code(
    "IBSI", "OVBL", "Normalized Gray Level Nonuniformity in Runs", (7475,)
)
"""Normalized Gray Level Nonuniformity in Runs (IBSI OVBL)."""

RunLengthNonuniformity: _Final[_Code] = _Code("IBSI", "W92Y", "Run Length Nonuniformity", (7475,))
"""Run Length Nonuniformity (IBSI W92Y)."""

NormalizedRunLengthNonuniformity: _Final[_Code] = _Code(
    "IBSI", "IC23", "Normalized Run Length Nonuniformity", (7475,)
)
"""Normalized Run Length Nonuniformity (IBSI IC23)."""

RunPercentage: _Final[_Code] = _Code("IBSI", "9ZK5", "Run Percentage", (7475,))
"""Run Percentage (IBSI 9ZK5)."""

GrayLevelVarianceInRuns: _Final[_Code] = _Code(
    "IBSI", "8CE5", "Gray Level Variance in Runs", (7475,)
)
"""Gray Level Variance in Runs (IBSI 8CE5)."""

RunLengthVariance: _Final[_Code] = _Code("IBSI", "SXLW", "Run Length Variance", (7475,))
"""Run Length Variance (IBSI SXLW)."""

RunEntropy: _Final[_Code] = _Code("IBSI", "HJ9O", "Run Entropy", (7475,))
"""Run Entropy (IBSI HJ9O)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    ShortRunsEmphasis,
    LongRunsEmphasis,
    LowGrayLevelRunEmphasis,
    HighGrayLevelRunEmphasis,
    ShortRunLowGrayLevelEmphasis,
    ShortRunHighGrayLevelEmphasis,
    LongRunLowGrayLevelEmphasis,
    LongRunHighGrayLevelEmphasis,
    GrayLevelNonuniformityInRuns,
    NormalizedGrayLevelNonuniformityInRuns,
    RunLengthNonuniformity,
    NormalizedRunLengthNonuniformity,
    RunPercentage,
    GrayLevelVarianceInRuns,
    RunLengthVariance,
    RunEntropy,
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
