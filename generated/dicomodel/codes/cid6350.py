"""CID 6350 Endorectal Coil Fill Substance.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1407.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6350
NAME: _Final[str] = "Endorectal Coil Fill Substance"
KEYWORD: _Final[str | None] = "EndorectalCoilFillSubstance"
UID: _Final[str | None] = "1.2.840.10008.6.1.1407"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20210714"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Air: _Final[_Code] = _Code("SCT", "15158005", "Air", (12, 13, 6211, 6350, 11002))
"""Air (SCT 15158005)."""

Water: _Final[_Code] = _Code("SCT", "11713004", "Water", (12, 13, 300, 6350, 7180, 11002, 11006))
"""Water (SCT 11713004)."""

Perfluorocarbon: _Final[_Code] = _Code("DCM", "130605", "Perfluorocarbon", (6350,))
"""Perfluorocarbon (DCM 130605)."""

BariumSulfateSuspension: _Final[_Code] = _Code(
    "RADLEX", "RID11588", "Barium sulfate suspension", (6350,)
)
"""Barium sulfate suspension (RADLEX RID11588)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Air, Water, Perfluorocarbon, BariumSulfateSuspension)
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
