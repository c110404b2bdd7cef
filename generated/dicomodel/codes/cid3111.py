"""CID 3111 Nuclear Cardiology Radiopharmaceutical.

Extensible, version 20190817, UID 1.2.840.10008.6.1.743.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3111
NAME: _Final[str] = "Nuclear Cardiology Radiopharmaceutical"
KEYWORD: _Final[str | None] = "NuclearCardiologyRadiopharmaceutical"
UID: _Final[str | None] = "1.2.840.10008.6.1.743"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20190817"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Thallium201: _Final[_Code] = _Code("SCT", "353842007", "Thallium-201", (3111,))
"""Thallium-201 (SCT 353842007)."""

Tc99mSestamibi: _Final[_Code] = _Code("SCT", "424299003", "Tc-99m sestamibi", (25, 3111))
"""Tc-99m sestamibi (SCT 424299003)."""

Tc99mTetrofosmin: _Final[_Code] = _Code("SCT", "424118002", "Tc-99m tetrofosmin", (25, 3111))
"""Tc-99m tetrofosmin (SCT 424118002)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Thallium201, Tc99mSestamibi, Tc99mTetrofosmin)
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
