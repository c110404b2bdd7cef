"""CID 1002 Anatomical Reference Basis - Head.

Extensible, version 20160905, UID 1.2.840.10008.6.1.1123.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 1002
NAME: Final[str] = "Anatomical Reference Basis - Head"
KEYWORD: Final[str | None] = "AnatomicalReferenceBasisHead"
UID: Final[str | None] = "1.2.840.10008.6.1.1123"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20160905"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

CarotidArtery: Final[Code] = Code(
    "SCT", "69105007", "Carotid Artery", (1002, 3010, 3440, 3606, 4030)
)
"""Carotid Artery (SCT 69105007)."""

ExternalAuditoryMeatus: Final[Code] = Code(
    "SCT", "84301002", "External Auditory Meatus", (1002, 4040)
)
"""External Auditory Meatus (SCT 84301002)."""

ForamenMagnum: Final[Code] = Code("SCT", "24532009", "Foramen Magnum", (1002,))
"""Foramen Magnum (SCT 24532009)."""

FrontalSinus: Final[Code] = Code("SCT", "55060009", "Frontal sinus", (1002, 7483))
"""Frontal sinus (SCT 55060009)."""

InternalAuditoryMeatus: Final[Code] = Code("SCT", "61671002", "Internal Auditory Meatus", (1002,))
"""Internal Auditory Meatus (SCT 61671002)."""

LateralCanthus: Final[Code] = Code("SCT", "61242005", "Lateral Canthus", (1002,))
"""Lateral Canthus (SCT 61242005)."""

Mandible: Final[Code] = Code("SCT", "91609006", "Mandible", (1002, 4016, 4028, 4031, 7304, 7483))
"""Mandible (SCT 91609006)."""

MastoidBone: Final[Code] = Code("SCT", "59066005", "Mastoid bone", (1002, 4028, 4031))
"""Mastoid bone (SCT 59066005)."""

MastoidCellsAndAntra: Final[Code] = Code("SCT", "91716001", "Mastoid cells and antra", (1002,))
"""Mastoid cells and antra (SCT 91716001)."""

MaxillarySinus: Final[Code] = Code("SCT", "15924003", "Maxillary sinus", (1002, 7601))
"""Maxillary sinus (SCT 15924003)."""

Nasion: Final[Code] = Code("FMA", "264779", "Nasion", (1002,))
"""Nasion (FMA 264779)."""

OrbitalStructure: Final[Code] = Code(
    "SCT", "363654007", "Orbital structure", (1002, 4028, 4031, 7483, 12022)
)
"""Orbital structure (SCT 363654007)."""

PituitaryFossa: Final[Code] = Code("SCT", "42575006", "Pituitary Fossa", (1002, 4031))
"""Pituitary Fossa (SCT 42575006)."""

Skull: Final[Code] = Code("SCT", "89546000", "Skull", (1002, 4028, 4031, 7304, 7483, 12020))
"""Skull (SCT 89546000)."""

TemporalBone: Final[Code] = Code("SCT", "60911003", "Temporal Bone", (1002, 4028))
"""Temporal Bone (SCT 60911003)."""

VertexOfHead: Final[Code] = Code("SCT", "88986008", "Vertex of Head", (1002,))
"""Vertex of Head (SCT 88986008)."""

MEMBERS: Final[tuple[Code, ...]] = (
    CarotidArtery,
    ExternalAuditoryMeatus,
    ForamenMagnum,
    FrontalSinus,
    InternalAuditoryMeatus,
    LateralCanthus,
    Mandible,
    MastoidBone,
    MastoidCellsAndAntra,
    MaxillarySinus,
    Nasion,
    OrbitalStructure,
    PituitaryFossa,
    Skull,
    TemporalBone,
    VertexOfHead,
)
"""The resolved membership: own members, then those of the included groups, in order."""
