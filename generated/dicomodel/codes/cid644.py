"""CID 644 Exogenous Substance Administration Site.

Extensible, version 20170124, UID 1.2.840.10008.6.1.1109.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 644
NAME: Final[str] = "Exogenous Substance Administration Site"
KEYWORD: Final[str | None] = "ExogenousSubstanceAdministrationSite"
UID: Final[str | None] = "1.2.840.10008.6.1.1109"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20170124"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Flank: Final[Code] = Code("SCT", "58602004", "Flank", (4, 644))
"""Flank (SCT 58602004)."""

Brain: Final[Code] = Code("SCT", "12738006", "Brain", (644, 645, 4030, 7153, 10044))
"""Brain (SCT 12738006)."""

Tumor: Final[Code] = Code("SCT", "108369006", "Tumor", (644, 3815, 7159))
"""Tumor (SCT 108369006)."""

Liver: Final[Code] = Code("SCT", "10200004", "Liver", (644, 1005, 4030, 6204, 7154, 10044, 12321))
"""Liver (SCT 10200004)."""

BoneMarrow: Final[Code] = Code("SCT", "14016003", "Bone Marrow", (644, 10044))
"""Bone Marrow (SCT 14016003)."""

MouseMammaryFatPad: Final[Code] = Code("NCIt", "C22550", "Mouse mammary fat pad", (644,))
"""Mouse mammary fat pad (NCIt C22550)."""

MEMBERS: Final[tuple[Code, ...]] = (Flank, Brain, Tumor, Liver, BoneMarrow, MouseMammaryFatPad)
"""The resolved membership: own members, then those of the included groups, in order."""
