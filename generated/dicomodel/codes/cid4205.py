"""CID 4205 Ophthalmic Lens.

Extensible, version 20040921, UID 1.2.840.10008.6.1.321.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4205
NAME: _Final[str] = "Ophthalmic Lens"
KEYWORD: _Final[str | None] = "OphthalmicLens"
UID: _Final[str | None] = "1.2.840.10008.6.1.321"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20040921"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

IndirectOphthalmoscopyLens: _Final[_Code] = _Code(
    "SCT", "409897002", "Indirect ophthalmoscopy lens", (4205,)
)
"""Indirect ophthalmoscopy lens (SCT 409897002)."""

ConcaveContactFundusLens: _Final[_Code] = _Code(
    "SCT", "409783000", "Concave contact fundus lens", (4205,)
)
"""Concave contact fundus lens (SCT 409783000)."""

ConcaveNoncontactFundusLens: _Final[_Code] = _Code(
    "SCT", "410688004", "Concave noncontact fundus lens", (4205,)
)
"""Concave noncontact fundus lens (SCT 410688004)."""

ContactFundusLens: _Final[_Code] = _Code("SCT", "410686000", "Contact fundus lens", (4205,))
"""Contact fundus lens (SCT 410686000)."""

Goniolens: _Final[_Code] = _Code("SCT", "389156006", "Goniolens", (4205,))
"""Goniolens (SCT 389156006)."""

ConvexNoncontactFundusLens: _Final[_Code] = _Code(
    "SCT", "410687009", "Convex noncontact fundus lens", (4205,)
)
"""Convex noncontact fundus lens (SCT 410687009)."""

NoncontactFundusLens: _Final[_Code] = _Code("SCT", "410685001", "Noncontact fundus lens", (4205,))
"""Noncontact fundus lens (SCT 410685001)."""

ConvexContactFundusLens: _Final[_Code] = _Code(
    "SCT", "410689007", "Convex contact fundus lens", (4205,)
)
"""Convex contact fundus lens (SCT 410689007)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    IndirectOphthalmoscopyLens,
    ConcaveContactFundusLens,
    ConcaveNoncontactFundusLens,
    ContactFundusLens,
    Goniolens,
    ConvexNoncontactFundusLens,
    NoncontactFundusLens,
    ConvexContactFundusLens,
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
