"""CID 12235 Mitral Valve Anatomic Site.

Extensible, version 20170914, UID 1.2.840.10008.6.1.626.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12235
NAME: _Final[str] = "Mitral Valve Anatomic Site"
KEYWORD: _Final[str | None] = "MitralValveAnatomicSite"
UID: _Final[str | None] = "1.2.840.10008.6.1.626"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20170914"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

MedialMitralAnnulus: _Final[_Code] = _Code(
    "SCT", "399093001", "Medial Mitral Annulus", (12235, 12305)
)
"""Medial Mitral Annulus (SCT 399093001)."""

LateralMitralAnnulus: _Final[_Code] = _Code(
    "SCT", "399086000", "Lateral Mitral Annulus", (12235, 12305)
)
"""Lateral Mitral Annulus (SCT 399086000)."""

MitralAnnulus: _Final[_Code] = _Code("SCT", "65197004", "Mitral Annulus", (3011, 12235, 12305))
"""Mitral Annulus (SCT 65197004)."""

MEMBERS: _Final[tuple[_Code, ...]] = (MedialMitralAnnulus, LateralMitralAnnulus, MitralAnnulus)
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
