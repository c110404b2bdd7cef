"""CID 12104 Extracranial Artery.

Extensible, version 20030327, UID 1.2.840.10008.6.1.571.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12104
NAME: _Final[str] = "Extracranial Artery"
KEYWORD: _Final[str | None] = "ExtracranialArtery"
UID: _Final[str | None] = "1.2.840.10008.6.1.571"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

CarotidBifurcation: _Final[_Code] = _Code("SCT", "80272002", "Carotid Bifurcation", (12104,))
"""Carotid Bifurcation (SCT 80272002)."""

CarotidBulb: _Final[_Code] = _Code("SCT", "21479005", "Carotid Bulb", (12104,))
"""Carotid Bulb (SCT 21479005)."""

CommonCarotidArtery: _Final[_Code] = _Code(
    "SCT", "32062004", "Common Carotid Artery", (3010, 3606, 6117, 12104)
)
"""Common Carotid Artery (SCT 32062004)."""

ExternalCarotidArtery: _Final[_Code] = _Code(
    "SCT", "22286001", "External Carotid Artery", (3010, 12104)
)
"""External Carotid Artery (SCT 22286001)."""

InternalCarotidArtery: _Final[_Code] = _Code(
    "SCT", "86117002", "Internal Carotid Artery", (3010, 3606, 12104, 12105)
)
"""Internal Carotid Artery (SCT 86117002)."""

SubclavianArtery: _Final[_Code] = _Code(
    "SCT", "36765005", "Subclavian Artery", (3010, 3606, 6117, 12104, 12107)
)
"""Subclavian Artery (SCT 36765005)."""

VertebralArtery: _Final[_Code] = _Code(
    "SCT", "85234005", "Vertebral Artery", (3010, 3606, 6117, 12104)
)
"""Vertebral Artery (SCT 85234005)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    CarotidBifurcation,
    CarotidBulb,
    CommonCarotidArtery,
    ExternalCarotidArtery,
    InternalCarotidArtery,
    SubclavianArtery,
    VertebralArtery,
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
