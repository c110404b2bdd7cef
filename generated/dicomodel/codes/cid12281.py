"""CID 12281 Cardiac Ultrasound Target Site Modifier.

Extensible, version 20190524, UID 1.2.840.10008.6.1.861.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12281
NAME: Final[str] = "Cardiac Ultrasound Target Site Modifier"
KEYWORD: Final[str | None] = "CardiacUltrasoundTargetSiteModifier"
UID: Final[str | None] = "1.2.840.10008.6.1.861"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20190524"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Lateral: Final[Code] = Code("SCT", "49370004", "Lateral", (2, 5, 26, 212, 4005, 6065, 12117, 12281))
"""Lateral (SCT 49370004)."""

Medial: Final[Code] = Code("SCT", "255561001", "Medial", (2, 5, 4005, 6065, 12117, 12281))
"""Medial (SCT 255561001)."""

Middle: Final[Code] = Code("NCIt", "C25569", "Middle", (212, 6025, 12116, 12117, 12281))
"""Middle (NCIt C25569)."""

Anterior: Final[Code] = Code("SCT", "255549009", "Anterior", (2, 5, 212, 4005, 6025, 12281))
"""Anterior (SCT 255549009)."""

Posterior: Final[Code] = Code("SCT", "255551008", "Posterior", (2, 5, 212, 4005, 6025, 12281))
"""Posterior (SCT 255551008)."""

Inferior: Final[Code] = Code("SCT", "261089000", "Inferior", (2, 5, 212, 4005, 6065, 12117, 12281))
"""Inferior (SCT 261089000)."""

Distal: Final[Code] = Code("SCT", "46053002", "Distal", (2, 5, 212, 12116, 12281))
"""Distal (SCT 46053002)."""

Proximal: Final[Code] = Code("SCT", "40415009", "Proximal", (2, 5, 212, 12116, 12281))
"""Proximal (SCT 40415009)."""

MEMBERS: Final[tuple[Code, ...]] = (
    Lateral,
    Medial,
    Middle,
    Anterior,
    Posterior,
    Inferior,
    Distal,
    Proximal,
)
"""The resolved membership: own members, then those of the included groups, in order."""
