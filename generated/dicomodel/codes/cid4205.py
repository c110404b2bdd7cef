"""CID 4205 Ophthalmic Lens.

Extensible, version 20040921, UID 1.2.840.10008.6.1.321.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4205
NAME: Final[str] = "Ophthalmic Lens"
KEYWORD: Final[str | None] = "OphthalmicLens"
UID: Final[str | None] = "1.2.840.10008.6.1.321"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20040921"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

IndirectOphthalmoscopyLens: Final[Code] = Code(
    "SCT", "409897002", "Indirect ophthalmoscopy lens", (4205,)
)
"""Indirect ophthalmoscopy lens (SCT 409897002)."""

ConcaveContactFundusLens: Final[Code] = Code(
    "SCT", "409783000", "Concave contact fundus lens", (4205,)
)
"""Concave contact fundus lens (SCT 409783000)."""

ConcaveNoncontactFundusLens: Final[Code] = Code(
    "SCT", "410688004", "Concave noncontact fundus lens", (4205,)
)
"""Concave noncontact fundus lens (SCT 410688004)."""

ContactFundusLens: Final[Code] = Code("SCT", "410686000", "Contact fundus lens", (4205,))
"""Contact fundus lens (SCT 410686000)."""

Goniolens: Final[Code] = Code("SCT", "389156006", "Goniolens", (4205,))
"""Goniolens (SCT 389156006)."""

ConvexNoncontactFundusLens: Final[Code] = Code(
    "SCT", "410687009", "Convex noncontact fundus lens", (4205,)
)
"""Convex noncontact fundus lens (SCT 410687009)."""

NoncontactFundusLens: Final[Code] = Code("SCT", "410685001", "Noncontact fundus lens", (4205,))
"""Noncontact fundus lens (SCT 410685001)."""

ConvexContactFundusLens: Final[Code] = Code(
    "SCT", "410689007", "Convex contact fundus lens", (4205,)
)
"""Convex contact fundus lens (SCT 410689007)."""

MEMBERS: Final[tuple[Code, ...]] = (
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
