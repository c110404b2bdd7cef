"""Coding scheme BI: BI-RADS.

4 codes of PS3.16 context groups and Annex D.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import CodingScheme as _CodingScheme

DESIGNATOR: _Final[str] = "BI"
NAME: _Final[str] = "BI-RADS"
UID: _Final[str | None] = None
URI: _Final[str | None] = None
RETIRED: _Final[bool] = False

V4ALowSuspicion: _Final[_Code] = _Code("BI", "MA.II.A.5.4A", "4A - Low suspicion", (6027,))
"""4A - Low suspicion (BI MA.II.A.5.4A)."""

V4BIntermediateSuspicion: _Final[_Code] = _Code(
    "BI", "MA.II.A.5.4B", "4B - Intermediate suspicion", (6027,)
)
"""4B - Intermediate suspicion (BI MA.II.A.5.4B)."""

V4CModerateSuspicion: _Final[_Code] = _Code(
    "BI", "MA.II.A.5.4C", "4C - Moderate suspicion", (6027,)
)
"""4C - Moderate suspicion (BI MA.II.A.5.4C)."""

V6KnownBiopsyProvenMalignancy: _Final[_Code] = _Code(
    "BI", "MA.II.A.5.6", "6 - Known biopsy proven malignancy", (6027,)
)
"""6 - Known biopsy proven malignancy (BI MA.II.A.5.6)."""

# Earlier builds' (pydicom's) spelling of a name that starts with a digit, bound at run
# time only: checkers and IDEs offer the public name above.
_4ALowSuspicion: _Final[_Code] = V4ALowSuspicion
_4BIntermediateSuspicion: _Final[_Code] = V4BIntermediateSuspicion
_4CModerateSuspicion: _Final[_Code] = V4CModerateSuspicion
_6KnownBiopsyProvenMalignancy: _Final[_Code] = V6KnownBiopsyProvenMalignancy

MEMBERS: _Final[tuple[_Code, ...]] = (
    V4ALowSuspicion,
    V4BIntermediateSuspicion,
    V4CModerateSuspicion,
    V6KnownBiopsyProvenMalignancy,
)
"""Every code of the scheme in PS3.16, sorted by name."""

__scheme__: _Final[_CodingScheme] = _CodingScheme(
    designator=DESIGNATOR,
    name=NAME,
    uid=UID,
    uri=URI,
    retired=RETIRED,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
