"""CID 3111 Nuclear Cardiology Radiopharmaceutical.

Extensible, version 20190817, UID 1.2.840.10008.6.1.743.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3111
NAME: Final[str] = "Nuclear Cardiology Radiopharmaceutical"
KEYWORD: Final[str | None] = "NuclearCardiologyRadiopharmaceutical"
UID: Final[str | None] = "1.2.840.10008.6.1.743"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20190817"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Thallium201: Final[Code] = Code("SCT", "353842007", "Thallium-201", (3111,))
"""Thallium-201 (SCT 353842007)."""

Tc99mSestamibi: Final[Code] = Code("SCT", "424299003", "Tc-99m sestamibi", (25, 3111))
"""Tc-99m sestamibi (SCT 424299003)."""

Tc99mTetrofosmin: Final[Code] = Code("SCT", "424118002", "Tc-99m tetrofosmin", (25, 3111))
"""Tc-99m tetrofosmin (SCT 424118002)."""

MEMBERS: Final[tuple[Code, ...]] = (Thallium201, Tc99mSestamibi, Tc99mTetrofosmin)
"""The resolved membership: own members, then those of the included groups, in order."""
