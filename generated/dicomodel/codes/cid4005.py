"""CID 4005 Partial View Section for Mammography.

Non-extensible, version 20050110, UID 1.2.840.10008.6.1.292.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4005
NAME: Final[str] = "Partial View Section for Mammography"
KEYWORD: Final[str | None] = "PartialViewSectionForMammography"
UID: Final[str | None] = "1.2.840.10008.6.1.292"
EXTENSIBLE: Final[bool | None] = False
VERSION: Final[str | None] = "20050110"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Anterior: Final[Code] = Code("SCT", "255549009", "Anterior", (2, 5, 212, 4005, 6025, 12281))
"""Anterior (SCT 255549009)."""

Posterior: Final[Code] = Code("SCT", "255551008", "Posterior", (2, 5, 212, 4005, 6025, 12281))
"""Posterior (SCT 255551008)."""

Superior: Final[Code] = Code("SCT", "264217000", "Superior", (2, 5, 212, 4005, 6065, 12117))
"""Superior (SCT 264217000)."""

Inferior: Final[Code] = Code("SCT", "261089000", "Inferior", (2, 5, 212, 4005, 6065, 12117, 12281))
"""Inferior (SCT 261089000)."""

Medial: Final[Code] = Code("SCT", "255561001", "Medial", (2, 5, 4005, 6065, 12117, 12281))
"""Medial (SCT 255561001)."""

Lateral: Final[Code] = Code("SCT", "49370004", "Lateral", (2, 5, 26, 212, 4005, 6065, 12117, 12281))
"""Lateral (SCT 49370004)."""

Central: Final[Code] = Code("SCT", "26216008", "Central", (2, 5, 212, 4005, 6125))
"""Central (SCT 26216008)."""

MEMBERS: Final[tuple[Code, ...]] = (
    Anterior,
    Posterior,
    Superior,
    Inferior,
    Medial,
    Lateral,
    Central,
)
"""The resolved membership: own members, then those of the included groups, in order."""
