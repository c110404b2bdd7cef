"""CID 6120 Chest Border Definition.

Extensible, version 20190326, UID 1.2.840.10008.6.1.440.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6120
NAME: _Final[str] = "Chest Border Definition"
KEYWORD: _Final[str | None] = "ChestBorderDefinition"
UID: _Final[str | None] = "1.2.840.10008.6.1.440"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20190326"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

WellDefined: _Final[_Code] = _Code("SCT", "260409000", "Well defined", (6120,))
"""Well defined (SCT 260409000)."""

SharplyDefined: _Final[_Code] = _Code("DCM", "112137", "Sharply defined", (6120,))
"""Sharply defined (DCM 112137)."""

PoorlyDefined: _Final[_Code] = _Code("SCT", "300841009", "Poorly defined", (6120,))
"""Poorly defined (SCT 300841009)."""

DistinctlyDefined: _Final[_Code] = _Code("DCM", "112138", "Distinctly defined", (6120,))
"""Distinctly defined (DCM 112138)."""

WellDemarcated: _Final[_Code] = _Code("DCM", "112139", "Well demarcated", (6120,))
"""Well demarcated (DCM 112139)."""

SharplyDemarcated: _Final[_Code] = _Code("DCM", "112140", "Sharply demarcated", (6120,))
"""Sharply demarcated (DCM 112140)."""

PoorlyDemarcated: _Final[_Code] = _Code("DCM", "112141", "Poorly demarcated", (6120,))
"""Poorly demarcated (DCM 112141)."""

Circumscribed: _Final[_Code] = _Code("SCT", "263706005", "Circumscribed", (6120,))
"""Circumscribed (SCT 263706005)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    WellDefined,
    SharplyDefined,
    PoorlyDefined,
    DistinctlyDefined,
    WellDemarcated,
    SharplyDemarcated,
    PoorlyDemarcated,
    Circumscribed,
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
