"""CID 6114 Osseous Anatomy Finding or Feature.

Extensible, version 20170914, UID 1.2.840.10008.6.1.434.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6114
NAME: _Final[str] = "Osseous Anatomy Finding or Feature"
KEYWORD: _Final[str | None] = "OsseousAnatomyFindingOrFeature"
UID: _Final[str | None] = "1.2.840.10008.6.1.434"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20170914"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Clavicle: _Final[_Code] = _Code("SCT", "51299004", "Clavicle", (4031, 6114, 7155, 7304, 12021))
"""Clavicle (SCT 51299004)."""

Humerus: _Final[_Code] = _Code("SCT", "85050009", "Humerus", (4031, 6114, 7304, 7483))
"""Humerus (SCT 85050009)."""

Rib: _Final[_Code] = _Code("SCT", "113197003", "Rib", (4031, 6114, 7155))
"""Rib (SCT 113197003)."""

Scapula: _Final[_Code] = _Code("SCT", "79601000", "Scapula", (1004, 4031, 6114))
"""Scapula (SCT 79601000)."""

Spine: _Final[_Code] = _Code("SCT", "421060004", "Spine", (4031, 4040, 6114))
"""Spine (SCT 421060004)."""

Sternum: _Final[_Code] = _Code("SCT", "56873002", "Sternum", (1004, 4031, 6114, 7155))
"""Sternum (SCT 56873002)."""

Vertebra: _Final[_Code] = _Code("SCT", "51282000", "Vertebra", (6114,))
"""Vertebra (SCT 51282000)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Clavicle, Humerus, Rib, Scapula, Spine, Sternum, Vertebra)
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
