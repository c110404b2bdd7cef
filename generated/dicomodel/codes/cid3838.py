"""CID 3838 Diameter Derivation.

Extensible, version 20051103, UID 1.2.840.10008.6.1.288.
Includes CID 3488.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3838
NAME: _Final[str] = "Diameter Derivation"
KEYWORD: _Final[str | None] = "DiameterDerivation"
UID: _Final[str | None] = "1.2.840.10008.6.1.288"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20051103"
INCLUDES: _Final[tuple[int, ...]] = (3488,)
EXTERNAL_SCHEME: _Final[str | None] = None

Transverse: _Final[_Code] = _Code("SCT", "62824007", "Transverse", (2, 5, 6, 26, 3838, 12118))
"""Transverse (SCT 62824007)."""

AnteriorPosterior: _Final[_Code] = _Code("DCM", "122675", "Anterior-Posterior", (3838, 12118))
"""Anterior-Posterior (DCM 122675)."""

Maximum: _Final[_Code] = _Code("SCT", "56851009", "Maximum", (3488, 12301))
"""Maximum (SCT 56851009). Included from CID 3488."""

Minimum: _Final[_Code] = _Code("SCT", "255605001", "Minimum", (3488, 12301))
"""Minimum (SCT 255605001). Included from CID 3488."""

Mean: _Final[_Code] = _Code("SCT", "373098007", "Mean", (226, 3488, 3627, 3676))
"""Mean (SCT 373098007). Included from CID 3488."""

MEMBERS: _Final[tuple[_Code, ...]] = (Transverse, AnteriorPosterior, Maximum, Minimum, Mean)
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
