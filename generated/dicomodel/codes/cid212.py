"""CID 212 Generic Anatomic Location Modifier.

Extensible, version 20190524, UID 1.2.840.10008.6.1287.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 212
NAME: Final[str] = "Generic Anatomic Location Modifier"
KEYWORD: Final[str | None] = "GenericAnatomicLocationModifier"
UID: Final[str | None] = "1.2.840.10008.6.1287"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20190524"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Anterior: Final[Code] = Code("SCT", "255549009", "Anterior", (2, 5, 212, 4005, 6025, 12281))
"""Anterior (SCT 255549009)."""

Central: Final[Code] = Code("SCT", "26216008", "Central", (2, 5, 212, 4005, 6125))
"""Central (SCT 26216008)."""

Distal: Final[Code] = Code("SCT", "46053002", "Distal", (2, 5, 212, 12116, 12281))
"""Distal (SCT 46053002)."""

Inferior: Final[Code] = Code("SCT", "261089000", "Inferior", (2, 5, 212, 4005, 6065, 12117, 12281))
"""Inferior (SCT 261089000)."""

Lateral: Final[Code] = Code("SCT", "49370004", "Lateral", (2, 5, 26, 212, 4005, 6065, 12117, 12281))
"""Lateral (SCT 49370004)."""

Median: Final[Code] = Code("DCM", "130290", "Median", (2, 212, 245))
"""Median (DCM 130290)."""

Middle: Final[Code] = Code("NCIt", "C25569", "Middle", (212, 6025, 12116, 12117, 12281))
"""Middle (NCIt C25569)."""

MidLongitudinal: Final[Code] = Code("SCT", "103342007", "Mid-longitudinal", (5, 212))
"""Mid-longitudinal (SCT 103342007)."""

Posterior: Final[Code] = Code("SCT", "255551008", "Posterior", (2, 5, 212, 4005, 6025, 12281))
"""Posterior (SCT 255551008)."""

Proximal: Final[Code] = Code("SCT", "40415009", "Proximal", (2, 5, 212, 12116, 12281))
"""Proximal (SCT 40415009)."""

Superior: Final[Code] = Code("SCT", "264217000", "Superior", (2, 5, 212, 4005, 6065, 12117))
"""Superior (SCT 264217000)."""

MEMBERS: Final[tuple[Code, ...]] = (
    Anterior,
    Central,
    Distal,
    Inferior,
    Lateral,
    Median,
    Middle,
    MidLongitudinal,
    Posterior,
    Proximal,
    Superior,
)
"""The resolved membership: own members, then those of the included groups, in order."""
