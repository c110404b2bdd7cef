"""CID 6123 Chest Opacity Descriptor.

Extensible, version 20030108, UID 1.2.840.10008.6.1.443.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6123
NAME: _Final[str] = "Chest Opacity Descriptor"
KEYWORD: _Final[str | None] = "ChestOpacityDescriptor"
UID: _Final[str | None] = "1.2.840.10008.6.1.443"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030108"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Acinar: _Final[_Code] = _Code("DCM", "112146", "Acinar", (6123,))
"""Acinar (DCM 112146)."""

AirSpace: _Final[_Code] = _Code("DCM", "112147", "Air space", (6123,))
"""Air space (DCM 112147)."""

Fibronodular: _Final[_Code] = _Code("DCM", "112148", "Fibronodular", (6123,))
"""Fibronodular (DCM 112148)."""

Fluffy: _Final[_Code] = _Code("DCM", "112149", "Fluffy", (6123,))
"""Fluffy (DCM 112149)."""

Linear: _Final[_Code] = _Code("DCM", "112150", "Linear", (6123, 6340))
"""Linear (DCM 112150)."""

Profusion: _Final[_Code] = _Code("DCM", "112151", "Profusion", (6123,))
"""Profusion (DCM 112151)."""

SilhouetteSign: _Final[_Code] = _Code("DCM", "112152", "Silhouette sign", (6123,))
"""Silhouette sign (DCM 112152)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Acinar,
    AirSpace,
    Fibronodular,
    Fluffy,
    Linear,
    Profusion,
    SilhouetteSign,
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
