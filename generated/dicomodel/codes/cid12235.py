"""CID 12235 Mitral Valve Anatomic Site.

Extensible, version 20170914, UID 1.2.840.10008.6.1.626.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12235
NAME: Final[str] = "Mitral Valve Anatomic Site"
KEYWORD: Final[str | None] = "MitralValveAnatomicSite"
UID: Final[str | None] = "1.2.840.10008.6.1.626"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20170914"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

MedialMitralAnnulus: Final[Code] = Code("SCT", "399093001", "Medial Mitral Annulus", (12235, 12305))
"""Medial Mitral Annulus (SCT 399093001)."""

LateralMitralAnnulus: Final[Code] = Code(
    "SCT", "399086000", "Lateral Mitral Annulus", (12235, 12305)
)
"""Lateral Mitral Annulus (SCT 399086000)."""

MitralAnnulus: Final[Code] = Code("SCT", "65197004", "Mitral Annulus", (3011, 12235, 12305))
"""Mitral Annulus (SCT 65197004)."""

MEMBERS: Final[tuple[Code, ...]] = (MedialMitralAnnulus, LateralMitralAnnulus, MitralAnnulus)
"""The resolved membership: own members, then those of the included groups, in order."""
