"""CID 6024 Depth.

Extensible, version 20020904, UID 1.2.840.10008.6.1.354.
Includes CID 6025.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6024
NAME: Final[str] = "Depth"
KEYWORD: Final[str | None] = "Depth"
UID: Final[str | None] = "1.2.840.10008.6.1.354"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20020904"
INCLUDES: Final[tuple[int, ...]] = (6025,)
EXTERNAL_SCHEME: Final[str | None] = None

Anterior: Final[Code] = Code("SCT", "255549009", "Anterior", (2, 5, 212, 4005, 6025, 12281))
"""Anterior (SCT 255549009). Included from CID 6025."""

Middle: Final[Code] = Code("NCIt", "C25569", "Middle", (212, 6025, 12116, 12117, 12281))
"""Middle (NCIt C25569). Included from CID 6025."""

Posterior: Final[Code] = Code("SCT", "255551008", "Posterior", (2, 5, 212, 4005, 6025, 12281))
"""Posterior (SCT 255551008). Included from CID 6025."""

MEMBERS: Final[tuple[Code, ...]] = (Anterior, Middle, Posterior)
"""The resolved membership: own members, then those of the included groups, in order."""
