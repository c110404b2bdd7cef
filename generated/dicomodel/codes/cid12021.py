"""CID 12021 Fetal Long Bone Anatomic Site.

Extensible, version 20170914, UID 1.2.840.10008.6.1.1006.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12021
NAME: Final[str] = "Fetal Long Bone Anatomic Site"
KEYWORD: Final[str | None] = "FetalLongBoneAnatomicSite"
UID: Final[str | None] = "1.2.840.10008.6.1.1006"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20170914"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Clavicle: Final[Code] = Code("SCT", "51299004", "Clavicle", (4031, 6114, 7155, 7304, 12021))
"""Clavicle (SCT 51299004)."""

Femur: Final[Code] = Code("SCT", "71341001", "Femur", (4031, 7304, 7483, 12020, 12021))
"""Femur (SCT 71341001)."""

Fibula: Final[Code] = Code("SCT", "87342007", "Fibula", (4031, 7304, 12021))
"""Fibula (SCT 87342007)."""

Radius: Final[Code] = Code("SCT", "62413002", "Radius", (7304, 12021))
"""Radius (SCT 62413002)."""

Tibia: Final[Code] = Code("SCT", "12611008", "Tibia", (7304, 12021))
"""Tibia (SCT 12611008)."""

Ulna: Final[Code] = Code("SCT", "23416004", "Ulna", (7304, 12021))
"""Ulna (SCT 23416004)."""

MEMBERS: Final[tuple[Code, ...]] = (Clavicle, Femur, Fibula, Radius, Tibia, Ulna)
"""The resolved membership: own members, then those of the included groups, in order."""
