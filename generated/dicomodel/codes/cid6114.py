"""CID 6114 Osseous Anatomy Finding or Feature.

Extensible, version 20170914, UID 1.2.840.10008.6.1.434.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6114
NAME: Final[str] = "Osseous Anatomy Finding or Feature"
KEYWORD: Final[str | None] = "OsseousAnatomyFindingOrFeature"
UID: Final[str | None] = "1.2.840.10008.6.1.434"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20170914"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Clavicle: Final[Code] = Code("SCT", "51299004", "Clavicle", (4031, 6114, 7155, 7304, 12021))
"""Clavicle (SCT 51299004)."""

Humerus: Final[Code] = Code("SCT", "85050009", "Humerus", (4031, 6114, 7304, 7483))
"""Humerus (SCT 85050009)."""

Rib: Final[Code] = Code("SCT", "113197003", "Rib", (4031, 6114, 7155))
"""Rib (SCT 113197003)."""

Scapula: Final[Code] = Code("SCT", "79601000", "Scapula", (1004, 4031, 6114))
"""Scapula (SCT 79601000)."""

Spine: Final[Code] = Code("SCT", "421060004", "Spine", (4031, 4040, 6114))
"""Spine (SCT 421060004)."""

Sternum: Final[Code] = Code("SCT", "56873002", "Sternum", (1004, 4031, 6114, 7155))
"""Sternum (SCT 56873002)."""

Vertebra: Final[Code] = Code("SCT", "51282000", "Vertebra", (6114,))
"""Vertebra (SCT 51282000)."""

MEMBERS: Final[tuple[Code, ...]] = (Clavicle, Humerus, Rib, Scapula, Spine, Sternum, Vertebra)
"""The resolved membership: own members, then those of the included groups, in order."""
