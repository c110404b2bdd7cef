"""CID 12023 Pelvis and Uterus Anatomic Site.

Extensible, version 20141110, UID 1.2.840.10008.6.1.1008.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12023
NAME: _Final[str] = "Pelvis and Uterus Anatomic Site"
KEYWORD: _Final[str | None] = "PelvisAndUterusAnatomicSite"
UID: _Final[str | None] = "1.2.840.10008.6.1.1008"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20141110"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Cervix: _Final[_Code] = _Code("SCT", "71252005", "Cervix", (645, 4040, 6204, 7160, 12023))
"""Cervix (SCT 71252005)."""

Endometrium: _Final[_Code] = _Code("SCT", "2739003", "Endometrium", (12023,))
"""Endometrium (SCT 2739003)."""

Uterus: _Final[_Code] = _Code("SCT", "35039007", "Uterus", (645, 4030, 6204, 7160, 10044, 12023))
"""Uterus (SCT 35039007)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Cervix, Endometrium, Uterus)
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
