"""CID 1002 Anatomical Reference Basis - Head.

Extensible, version 20160905, UID 1.2.840.10008.6.1.1123.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 1002
NAME: _Final[str] = "Anatomical Reference Basis - Head"
KEYWORD: _Final[str | None] = "AnatomicalReferenceBasisHead"
UID: _Final[str | None] = "1.2.840.10008.6.1.1123"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20160905"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

CarotidArtery: _Final[_Code] = _Code(
    "SCT", "69105007", "Carotid Artery", (1002, 3010, 3440, 3606, 4030)
)
"""Carotid Artery (SCT 69105007)."""

ExternalAuditoryMeatus: _Final[_Code] = _Code(
    "SCT", "84301002", "External Auditory Meatus", (1002, 4040)
)
"""External Auditory Meatus (SCT 84301002)."""

ForamenMagnum: _Final[_Code] = _Code("SCT", "24532009", "Foramen Magnum", (1002,))
"""Foramen Magnum (SCT 24532009)."""

FrontalSinus: _Final[_Code] = _Code("SCT", "55060009", "Frontal sinus", (1002, 7483))
"""Frontal sinus (SCT 55060009)."""

InternalAuditoryMeatus: _Final[_Code] = _Code(
    "SCT", "61671002", "Internal Auditory Meatus", (1002,)
)
"""Internal Auditory Meatus (SCT 61671002)."""

LateralCanthus: _Final[_Code] = _Code("SCT", "61242005", "Lateral Canthus", (1002,))
"""Lateral Canthus (SCT 61242005)."""

Mandible: _Final[_Code] = _Code("SCT", "91609006", "Mandible", (1002, 4016, 4028, 4031, 7304, 7483))
"""Mandible (SCT 91609006)."""

MastoidBone: _Final[_Code] = _Code("SCT", "59066005", "Mastoid bone", (1002, 4028, 4031))
"""Mastoid bone (SCT 59066005)."""

MastoidCellsAndAntra: _Final[_Code] = _Code("SCT", "91716001", "Mastoid cells and antra", (1002,))
"""Mastoid cells and antra (SCT 91716001)."""

MaxillarySinus: _Final[_Code] = _Code("SCT", "15924003", "Maxillary sinus", (1002, 7601))
"""Maxillary sinus (SCT 15924003)."""

Nasion: _Final[_Code] = _Code("FMA", "264779", "Nasion", (1002,))
"""Nasion (FMA 264779)."""

OrbitalStructure: _Final[_Code] = _Code(
    "SCT", "363654007", "Orbital structure", (1002, 4028, 4031, 7483, 12022)
)
"""Orbital structure (SCT 363654007)."""

PituitaryFossa: _Final[_Code] = _Code("SCT", "42575006", "Pituitary Fossa", (1002, 4031))
"""Pituitary Fossa (SCT 42575006)."""

Skull: _Final[_Code] = _Code("SCT", "89546000", "Skull", (1002, 4028, 4031, 7304, 7483, 12020))
"""Skull (SCT 89546000)."""

TemporalBone: _Final[_Code] = _Code("SCT", "60911003", "Temporal Bone", (1002, 4028))
"""Temporal Bone (SCT 60911003)."""

VertexOfHead: _Final[_Code] = _Code("SCT", "88986008", "Vertex of Head", (1002,))
"""Vertex of Head (SCT 88986008)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
