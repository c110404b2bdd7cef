"""CID 642 Cytokine.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1107.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 642
NAME: _Final[str] = "Cytokine"
KEYWORD: _Final[str | None] = "Cytokine"
UID: _Final[str | None] = "1.2.840.10008.6.1.1107"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20151110"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

TumorNecrosisFactorAlpha: _Final[_Code] = _Code(
    "SCT", "39525005", "Tumor necrosis factor alpha", (642,)
)
"""Tumor necrosis factor alpha (SCT 39525005)."""

InterferonGamma: _Final[_Code] = _Code("SCT", "420303002", "Interferon gamma", (642,))
"""Interferon gamma (SCT 420303002)."""

VascularEndothelialGrowthFactor: _Final[_Code] = _Code(
    "SCT", "417324009", "Vascular endothelial growth factor", (642,)
)
"""Vascular endothelial growth factor (SCT 417324009)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    TumorNecrosisFactorAlpha,
    InterferonGamma,
    VascularEndothelialGrowthFactor,
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
