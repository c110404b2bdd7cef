"""CID 6038 Mammography Qualitative Temporal Difference Type.

Extensible, version 20020904, UID 1.2.840.10008.6.1.368.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6038
NAME: _Final[str] = "Mammography Qualitative Temporal Difference Type"
KEYWORD: _Final[str | None] = "MammographyQualitativeTemporalDifferenceType"
UID: _Final[str | None] = "1.2.840.10008.6.1.368"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20020904"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

DifferenceInShape: _Final[_Code] = _Code("SCT", "129811006", "Difference in shape", (6038,))
"""Difference in shape (SCT 129811006)."""

DifferenceInMargin: _Final[_Code] = _Code("SCT", "129812004", "Difference in margin", (6038,))
"""Difference in margin (SCT 129812004)."""

DifferenceInSymmetry: _Final[_Code] = _Code("SCT", "129813009", "Difference in symmetry", (6038,))
"""Difference in symmetry (SCT 129813009)."""

MEMBERS: _Final[tuple[_Code, ...]] = (DifferenceInShape, DifferenceInMargin, DifferenceInSymmetry)
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
