"""CID 6025 Depth from BI-RADS®.

Extensible, version 20190524, UID 1.2.840.10008.6.1.355.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6025
NAME: Final[str] = "Depth from BI-RADS®"
KEYWORD: Final[str | None] = "DepthFromBIRADS"
UID: Final[str | None] = "1.2.840.10008.6.1.355"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20190524"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Anterior: Final[Code] = Code("SCT", "255549009", "Anterior", (2, 5, 212, 4005, 6025, 12281))
"""Anterior (SCT 255549009)."""

Middle: Final[Code] = Code("NCIt", "C25569", "Middle", (212, 6025, 12116, 12117, 12281))
"""Middle (NCIt C25569)."""

Posterior: Final[Code] = Code("SCT", "255551008", "Posterior", (2, 5, 212, 4005, 6025, 12281))
"""Posterior (SCT 255551008)."""

MEMBERS: Final[tuple[Code, ...]] = (Anterior, Middle, Posterior)
"""The resolved membership: own members, then those of the included groups, in order."""
