"""CID 3488 Min/Max/Mean.

Extensible, version 20040614, UID 1.2.840.10008.6.1.123.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int] = 3488
NAME: _Final[str] = "Min/Max/Mean"
KEYWORD: _Final[str | None] = "MinMaxMean"
UID: _Final[str | None] = "1.2.840.10008.6.1.123"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20040614"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Maximum: _Final[_Code] = _Code("SCT", "56851009", "Maximum", (3488, 12301))
"""Maximum (SCT 56851009)."""

Minimum: _Final[_Code] = _Code("SCT", "255605001", "Minimum", (3488, 12301))
"""Minimum (SCT 255605001)."""

Mean: _Final[_Code] = _Code("SCT", "373098007", "Mean", (226, 3488, 3627, 3676))
"""Mean (SCT 373098007)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Maximum, Minimum, Mean)
"""The resolved membership: own members, then those of the included groups, in order."""
